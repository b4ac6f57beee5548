query-timeline-activity = Activity

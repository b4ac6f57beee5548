# query

; The Windows installer of Accord, made on Linux by Debian's makensis:
;   makensis -DVERSION=0.1.0 -DEXE=path\to\accord.exe -DOUTFILE=accord-setup.exe accord.nsi
; (.ci/windows does this). Installs for all users under Program Files, with a
; Start menu entry, an "Open with" entry for workspace files and an entry in
; Settings > Apps that uninstalls it; `accord-setup.exe /S` installs silently,
; as a ministry's deployment tools expect.
;
; File association: Windows knows a file's type by its last extension only,
; so `NAME.accord.json` is a .json file to Explorer. Accord registers itself
; as a handler of .json that Explorer offers under "Open with" (and can be
; made the default there) instead of taking every JSON file away from the
; editor that has it.

; A 64-bit installer, like the program: it runs where accord.exe runs, wine64
; included, without 32-bit support.
Target amd64-unicode
!include "MUI2.nsh"

!ifndef VERSION
  !error "makensis -DVERSION=... is required"
!endif
!ifndef EXE
  !error "makensis -DEXE=path-to-accord.exe is required"
!endif
!ifndef OUTFILE
  !define OUTFILE "accord-${VERSION}-setup.exe"
!endif

!define PROGID "Accord.Workspace"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Accord"

Name "Accord"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Accord"
InstallDirRegKey HKLM "Software\Accord" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Accord"
VIAddVersionKey "FileDescription" "Accord installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Accord maintainers, MIT OR Apache-2.0"

!define MUI_ICON "..\..\assets\icon\accord.ico"
!define MUI_UNICON "..\..\assets\icon\accord.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Accord"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "/oname=accord.exe" "${EXE}"
  File "..\..\assets\icon\accord.ico"
  File "/oname=README.md" "..\..\README.md"
  SetOutPath "$INSTDIR\examples"
  File "..\..\sample-data\sample.accord.json"
  SetOutPath "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\Accord.lnk" "$INSTDIR\accord.exe" "" "$INSTDIR\accord.ico" 0

  ; The workspace type, and Accord among the programs that open .json files.
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Accord workspace"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\accord.ico,0"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\accord.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKLM "Software\Classes\Applications\accord.exe\shell\open\command" "" '"$INSTDIR\accord.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\Applications\accord.exe\SupportedTypes" ".json" ""
  WriteRegStr HKLM "Software\Classes\Applications\accord.exe" "FriendlyAppName" "Accord"
  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations now, not at logon.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKLM "Software\Accord" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Accord"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Accord maintainers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\accord.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

; Removes what the installer put there and nothing else: workspaces, the
; recovery files and backups in %APPDATA%\Accord belong to the user.
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\Accord.lnk"
  DeleteRegValue HKLM "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\accord.exe"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\Accord"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  Delete "$INSTDIR\accord.exe"
  Delete "$INSTDIR\accord.ico"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\examples\sample.accord.json"
  RMDir "$INSTDIR\examples"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd

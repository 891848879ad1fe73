; Kamae installer for Windows (NSIS 3). See installer/README.md, "Windows".
;
;   makensis /DVERSION=0.1.0 /DSTAGE=C:\kamae-stage /DOUTFILE=kamae-0.1.0-setup.exe installer\windows\kamae.nsi
;
; STAGE is the folder windeployqt filled (kamae.exe, the Qt DLLs and plugins,
; botan-2.dll, sqlite3.dll, quazip1-qt6.dll, translations). The user chooses
; a per-user install (no administrator rights, %LOCALAPPDATA%\Programs\Kamae)
; or a per-machine one (Program Files); /AllUsers or /CurrentUser on the
; command line for silent installs (/S).
;
; The installer never touches vault files (*.kamae) nor the settings
; (HKCU\Software\Kamae): upgrading keeps them, uninstalling leaves them.

Unicode true
!ifndef VERSION
  !error "makensis /DVERSION=x.y.z /DSTAGE=dir"
!endif
!ifndef OUTFILE
  !define OUTFILE "kamae-${VERSION}-setup.exe"
!endif

!define APPNAME "Kamae"
!define PROGID "Kamae.Vault"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kamae"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Kamae"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallScope"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTKEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define MUI_ICON "${STAGE}\kamae.ico"
!define MUI_UNICON "${STAGE}\kamae.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\kamae.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Kamae needs 64-bit Windows."
    Abort
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Kamae" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files; the old Qt plugins go first so
  ; that none of a previous Qt version is left beside the new one.
  RMDir /r "$INSTDIR\plugins"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu (per user or for all users, by the install mode).
  CreateShortcut "$SMPROGRAMS\Kamae.lnk" "$INSTDIR\kamae.exe" "" "$INSTDIR\kamae.ico"

  ; The vault file type: double-clicking a .kamae opens Kamae on it.
  ; SHCTX is HKCU or HKLM, by the install mode.
  WriteRegStr SHCTX "Software\Classes\.kamae" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.kamae" "Content Type" "application/x-kamae-vault"
  WriteRegStr SHCTX "Software\Classes\.kamae\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "Kamae vault file"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\kamae.ico,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\kamae.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\kamae.exe\SupportedTypes" ".kamae" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features.
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "Kamae"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "Kamae"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\kamae.ico"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallScope" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer wrote: the program folder's files, the shortcut,
  ; the file type. Vaults live wherever the user saved them and stay there;
  ; so do the settings in HKCU\Software\Kamae.
  Delete "$SMPROGRAMS\Kamae.lnk"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.kamae\OpenWithProgids" "${PROGID}"
  ReadRegStr $0 SHCTX "Software\Classes\.kamae" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.kamae"
  DeleteRegKey SHCTX "Software\Classes\Applications\kamae.exe"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; The program folder holds only what File /r put there (and nothing a
  ; user saves: Kamae's file dialogs start in Documents).
  RMDir /r "$INSTDIR\plugins"
  RMDir /r "$INSTDIR\translations"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\kamae.ico"
  Delete "$INSTDIR\qt.conf"
  RMDir "$INSTDIR"
SectionEnd

; Installer of the vcdesk one-folder app for Windows (Inno Setup 6.3 or later, or 7).
;
; Build the app first (deploy/pyinstaller/vcdesk.spec; .github/workflows/windows.yml does both):
;     ISCC.exe /DIndonesianIsl=path\to\Indonesian.isl deploy\windows\vcdesk.iss
; Result: dist\installer\vcdesk-<version>-setup.exe.
;
; What it does:
; - installs dist\vcdesk\ for the current user (%LOCALAPPDATA%\Programs\vcdesk, no admin rights)
;   or, chosen in its first dialog, for all users (Program Files, as administrator);
; - a Start-menu entry and, if ticked, a desktop icon, both starting vcdeskw.exe (the windowed
;   executable: no console window) with vcdesk.ico;
; - if ticked, "start with Windows": the value `vcdesk` under
;   HKCU\Software\Microsoft\Windows\CurrentVersion\Run, the same value the console's own setting
;   writes and reads (vcdesk/core/autostart.py), so the two always agree;
; - an uninstaller (Settings > Apps), which also removes that Run value. The data folder
;   (database, logs, settings in %LOCALAPPDATA%\vcdesk) is kept: it holds the room's history.
; - speaks Bahasa Indonesia or English, following Windows' display language.
;
; Bahasa Indonesia: Inno Setup ships only its official translations, and Indonesian.isl is one
; of the unofficial ones (jrsoftware/issrc, Files/Languages/Unofficial). The CI workflow
; downloads it at a pinned commit and checks its SHA-256; pass its path as /DIndonesianIsl=...
; or copy it to the compiler's Languages\Unofficial folder.

#define AppName "vcdesk"
#define AppExe "vcdeskw.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\vcdesk"
#endif
#if !FileExists(BundleDir + "\" + AppExe)
  #error The one-folder app is missing (no vcdeskw.exe in BundleDir): build it first with deploy/pyinstaller/vcdesk.spec
#endif
#ifndef AppVersion
  ; The version PyInstaller wrote into the executable, from vcdesk/__init__.py.
  #define AppVersion GetStringFileInfo(BundleDir + "\vcdesk.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: the executable carries none; pass /DAppVersion=X.Y.Z
#endif
#ifndef IndonesianIsl
  #define IndonesianIsl AddBackslash(CompilerPath) + "Languages\Unofficial\Indonesian.isl"
#endif
#if !FileExists(IndonesianIsl)
  #error Indonesian.isl was not found: pass /DIndonesianIsl=PATH (see the top of this script)
#endif

[Setup]
; The AppId identifies vcdesk to Windows across versions: never change it.
AppId={{F60FC3D0-2E6E-4FF1-99DF-AC04E040BF36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vcdesk
AppComments=Video-conference room console / Konsol ruang konferensi video
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default (no admin rights needed); the first dialog offers "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; The Run value is written for the user who started Setup (see [Run]), also when installing
; for all users; the compiler's warning about per-user areas is about exactly that.
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
; Relative paths here are relative to this script's folder.
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\assets\vcdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running vcdesk (say, in the tray) is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
; The wizard's language follows Windows' display language; the choice is asked only when
; Windows speaks neither.
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "id"; MessagesFile: "{#IndonesianIsl}"

[CustomMessages]
en.AutoStartVcdesk=Start vcdesk when I sign in to Windows
id.AutoStartVcdesk=Jalankan vcdesk saat saya masuk ke Windows
en.ConsoleComment=Video-conference room console
id.ConsoleComment=Konsol ruang konferensi video

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "{cm:AutoStartVcdesk}"; GroupDescription: "{cm:AutoStartProgramGroupDescription}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole library folder: a file the new version no longer has (an old
; dist-info, a renamed DLL) must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\vcdesk\assets\vcdesk.ico"; Comment: "{cm:ConsoleComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\vcdesk\assets\vcdesk.ico"; Comment: "{cm:ConsoleComment}"; Tasks: desktopicon

[Run]
; "Start with Windows", written as the user who started Setup (runasoriginaluser), so an
; all-users install run with an administrator's password still sets it for that user, not
; for the administrator. The value is the one the console's setting uses; an earlier "off" in
; Task Manager (StartupApproved) is cleared as the console does when it turns autostart on.
Filename: "{sys}\reg.exe"; Parameters: "add ""HKCU\{#RunKey}"" /v vcdesk /t REG_SZ /d ""\""{app}\{#AppExe}\"""" /f"; Flags: runhidden runasoriginaluser; Tasks: autostart
Filename: "{sys}\reg.exe"; Parameters: "delete ""HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"" /v vcdesk /f"; Flags: runhidden runasoriginaluser; Tasks: autostart
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Nothing may start a removed vcdesk at sign-in. (The uninstaller runs as the user who installed
; per user, or as the administrator for an all-users install: that account's value goes.)
Filename: "{sys}\reg.exe"; Parameters: "delete ""HKCU\{#RunKey}"" /v vcdesk /f"; Flags: runhidden; RunOnceId: "RemoveAutostart"

[UninstallDelete]
; Python's byte-code caches written at run time beside vcdesk's package data.
Type: filesandordirs; Name: "{app}\_internal"

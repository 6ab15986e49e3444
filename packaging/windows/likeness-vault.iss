; Inno Setup 6 script: the Windows installer of Likeness Vault (肖像保险箱).
; PREPARED, NOT YET BUILT: no Windows machine was available; .github/workflows/packages.yml
; builds and smoke-tests it on GitHub's windows runner once a maintainer enables it.
;
; Build on Windows, from the repository root, after PyInstaller made dist\likeness-vault\:
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\likeness-vault.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\likeness-vault.iss
; Output: dist\likeness-vault-0.1.0-setup.exe
;
; What it installs: the one-folder build (likeness-vault.exe, the app; likeness-vault-cli.exe,
; the command line; _internal\) in Program Files (or the user's programs folder when installed
; without administrator rights), a Start menu entry, an optional desktop icon, and optionally
; the folder on the user's PATH for likeness-vault-cli. Uninstalling removes exactly that; the
; vaults (folders the user chose) and the settings (HKCU\Software\LikenessVault) stay.
;
; Signing: set SignTool in the IDE or pass /S"signtool=signtool.exe sign /fd SHA256 /tr
; http://timestamp.digicert.com /td SHA256 /f cert.pfx /p PASSWORD $f" and uncomment SignTool
; below; sign the two .exe of the folder before (signtool sign ... dist\likeness-vault\*.exe).
; Unsigned, SmartScreen warns on first start ("Windows protected your PC": More info, Run anyway).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (app/__init__.py __version__)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\likeness-vault"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\pyinstaller\likeness-vault.ico"
#endif

[Setup]
; The AppId identifies the app across upgrades: never change it.
AppId={{EF936F10-0FEC-4038-B4FA-46CD5F59ED71}
AppName=Likeness Vault
AppVerName=Likeness Vault {#AppVersion}
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=The Likeness Vault developers
AppPublisherURL=https://github.com/likeness-vault/likeness-vault
AppSupportURL=https://github.com/likeness-vault/likeness-vault/issues
DefaultDirName={autopf}\Likeness Vault
DefaultGroupName=Likeness Vault
DisableProgramGroupPage=yes
; per-user install without administrator rights by default; the user may choose all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=likeness-vault-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\likeness-vault.exe
UninstallDisplayName=肖像保险箱 Likeness Vault
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
ShowLanguageDialog=auto
CloseApplications=yes
;SignTool=signtool

[Languages]
; Chinese first: the app's default language. ChineseSimplified.isl ships with current Inno
; Setup 6 releases; older ones have it among the unofficial translations (copy it into the
; compiler's Languages folder), else the installer is English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma warning "Languages\ChineseSimplified.isl is missing: the installer is English only"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AppName=Likeness Vault
en.AddToPath=Add the command-line tool likeness-vault-cli to PATH
en.Comment=Keep the photos of your face you handed over, encrypted, and take them back
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
zh_CN.AppName=肖像保险箱
zh_CN.AddToPath=把命令行工具 likeness-vault-cli 加入 PATH
zh_CN.Comment=加密保管你交出去的肖像照片，并把它们收回来
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\likeness-vault.exe"; Comment: "{cm:Comment}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\likeness-vault.exe"; Comment: "{cm:Comment}"; Tasks: desktopicon

[Registry]
; per-user PATH (HKCU) for a per-user install; the machine PATH for an all-users install
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: (not IsAdminInstallMode) and NeedsAddPath('user')
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath('machine')

[Run]
Filename: "{app}\likeness-vault.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PathKey(Root: Integer): String;
begin
  if Root = HKEY_LOCAL_MACHINE then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function RootOf(Scope: String): Integer;
begin
  if Scope = 'machine' then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

// Scope: 'user' or 'machine'. True when the install folder is not on that PATH yet.
function NeedsAddPath(Scope: String): Boolean;
var
  Current: String;
begin
  if not RegQueryStringValue(RootOf(Scope), PathKey(RootOf(Scope)), 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure RemoveFromPath(Root: Integer);
var
  Current, Entry: String;
  P: Integer;
begin
  if not RegQueryStringValue(Root, PathKey(Root), 'Path', Current) then
    exit;
  Entry := ';' + ExpandConstant('{app}');
  Current := ';' + Current;
  P := Pos(Uppercase(Entry) + ';', Uppercase(Current) + ';');
  if P = 0 then
    exit;
  Delete(Current, P, Length(Entry));
  Delete(Current, 1, 1);
  RegWriteExpandStringValue(Root, PathKey(Root), 'Path', Current);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    if IsAdminInstallMode then
      RemoveFromPath(HKEY_LOCAL_MACHINE)
    else
      RemoveFromPath(HKEY_CURRENT_USER);
  end;
end;

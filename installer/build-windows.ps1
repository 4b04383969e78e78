# Builds the Windows installer: installer\target\jpackage\dist\Qiyouxiang-<version>.msi
# (and the app image in installer\target\jpackage\image\Qiyouxiang).
#
# Needs, on Windows 10/11 x64: JDK 17 (Temurin; JAVA_HOME or java on PATH), Maven 3.8+,
# WiX Toolset 3 (3.11 or 3.14; jpackage 17 does not use WiX 4+): `choco install wixtoolset`.
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

$javaVersion = (& java -version 2>&1 | Out-String)
if ($javaVersion -notmatch 'version "17') {
    throw "JDK 17 needed (jpackage 17 and WiX 3 go together); java -version says:`n$javaVersion"
}

# jpackage looks for candle.exe and light.exe on PATH (and in the usual install folders).
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    $wix = Get-ChildItem "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -Directory -ErrorAction SilentlyContinue |
        Sort-Object Name -Descending | Select-Object -First 1
    if (-not $wix) { throw 'WiX Toolset 3 not found: install it (choco install wixtoolset) or put its bin on PATH' }
    $env:PATH = "$($wix.FullName);$env:PATH"
}

# The JavaFX jars for Windows (-win) are picked by the openjfx poms because Maven runs on Windows.
& mvn -B -Pinstaller package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "mvn failed with exit code $LASTEXITCODE" }

$msi = Get-ChildItem installer\target\jpackage\dist\*.msi
if (-not $msi) { throw 'no .msi was made' }
Write-Host "Built $($msi.FullName) ($([math]::Round($msi.Length / 1MB)) MB)"

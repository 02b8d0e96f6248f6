<#
.SYNOPSIS
  Registers `vcdesk.exe agent` as the Windows service "vcdesk-agent" (through WinSW).

.DESCRIPTION
  A documented example for a room PC where the vcdesk one-folder app is installed (the
  installer from deploy/windows/vcdesk.iss, "all users"). Run it in an elevated PowerShell.

  What it does:
  1. copies WinSW (download WinSW-x64.exe yourself from https://github.com/winsw/winsw/releases
     and check its checksum; vcdesk does not ship it) as vcdesk-agent.exe into
     <InstallDir>\service, with vcdesk-agent.xml next to it, the @...@ values filled in;
  2. installs and starts the service (automatic, delayed start; restarts on failure);
  3. if -MonitoringServer is given: listens on the LAN and opens TCP 9847 in Windows Firewall
     to that address only (the metrics carry no secrets, but nobody else needs them).

  Why not New-Service alone: vcdesk.exe is a console program, not a service; Windows would
  stop it after 30 s for not answering the Service Control Manager. WinSW answers for it
  and stops it with Ctrl+C, which vcdesk handles as a clean stop.

  Undo: & "<InstallDir>\service\vcdesk-agent.exe" stop; ... uninstall; and remove the
  firewall rule "vcdesk agent metrics".

.EXAMPLE
  .\install-agent-service.ps1 -WinSW C:\Users\admin\Downloads\WinSW-x64.exe `
      -RoomProfile C:\ProgramData\vcdesk\ruang-rapat-gubernur.yaml -MonitoringServer 10.12.0.5
#>
[CmdletBinding()]
param(
  # WinSW-x64.exe, downloaded from its releases page
  [Parameter(Mandatory = $true)] [string] $WinSW,
  # the room's profile (keep it where the service account may read it)
  [Parameter(Mandatory = $true)] [string] $RoomProfile,
  # where vcdesk.exe is: the installer's "all users" folder by default
  [string] $InstallDir = (Join-Path $env:ProgramFiles 'vcdesk'),
  # the data folder (database, queue, logs) of the service
  [string] $DataDir = (Join-Path $env:ProgramData 'vcdesk'),
  # the address of the monitoring team's Prometheus; empty: metrics on 127.0.0.1 only
  [string] $MonitoringServer = '',
  [int] $Port = 9847
)
$ErrorActionPreference = 'Stop'

$exe = Join-Path $InstallDir 'vcdesk.exe'
if (-not (Test-Path $exe)) { throw "vcdesk.exe not found in $InstallDir (use -InstallDir)" }
if (-not (Test-Path $WinSW)) { throw "WinSW not found: $WinSW" }
# ($RoomProfile, not $Profile: that name is PowerShell's own automatic variable)
$RoomProfile = (Resolve-Path $RoomProfile).Path

# Let vcdesk itself check the profile before a service depends on it.
& $exe profile validate $RoomProfile
if ($LASTEXITCODE -ne 0) { throw "the profile is not valid: $RoomProfile" }

# 127.0.0.1 unless a remote Prometheus must reach the agent.
$metrics = if ($MonitoringServer) { "0.0.0.0:$Port" } else { "127.0.0.1:$Port" }

$serviceDir = Join-Path $InstallDir 'service'
New-Item -ItemType Directory -Force -Path $serviceDir, $DataDir | Out-Null
Copy-Item $WinSW (Join-Path $serviceDir 'vcdesk-agent.exe') -Force
$xml = Get-Content -Raw -Encoding UTF8 (Join-Path $PSScriptRoot 'vcdesk-agent.xml')
$xml = $xml.Replace('@INSTALL_DIR@', $InstallDir).Replace('@PROFILE@', $RoomProfile)
$xml = $xml.Replace('@DATA_DIR@', $DataDir).Replace('@METRICS@', $metrics)
Set-Content -Path (Join-Path $serviceDir 'vcdesk-agent.xml') -Value $xml -Encoding UTF8

$winsw = Join-Path $serviceDir 'vcdesk-agent.exe'
& $winsw install
if ($LASTEXITCODE -ne 0) { throw "WinSW could not install the service" }
& $winsw start
if ($LASTEXITCODE -ne 0) { throw "the service did not start; see $DataDir\logs" }

if ($MonitoringServer) {
  # Only the monitoring server may scrape; everything else stays blocked.
  Remove-NetFirewallRule -DisplayName 'vcdesk agent metrics' -ErrorAction SilentlyContinue
  New-NetFirewallRule -DisplayName 'vcdesk agent metrics' -Direction Inbound -Protocol TCP `
    -LocalPort $Port -RemoteAddress $MonitoringServer -Action Allow | Out-Null
}

Write-Host "vcdesk-agent is running; metrics on http://$($metrics -replace '^0\.0\.0\.0', $env:COMPUTERNAME)/metrics"
Write-Host "Add this PC to the monitoring team's deploy/prometheus/rooms/*.yml (one entry per room)."

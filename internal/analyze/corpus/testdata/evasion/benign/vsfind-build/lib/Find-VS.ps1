# Enumerates Visual Studio instances through the documented Setup
# Configuration COM API and prints them as JSON. Read-only.
# Invoked by lib/index.js with -ExecutionPolicy Bypass because the script
# ships unsigned inside node_modules; the policy change applies to this
# single process only.
[CmdletBinding()]
param()

$ErrorActionPreference = 'Stop'

$source = @"
using System;
using System.Runtime.InteropServices;
namespace VsFind {
  [ComImport, Guid("B41463C3-8866-43B5-BC33-2B0676F7F42E"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
  public interface ISetupInstance {
    string GetInstanceId();
    [return: MarshalAs(UnmanagedType.Struct)] System.Runtime.InteropServices.ComTypes.FILETIME GetInstallDate();
    string GetInstallationName();
    string GetInstallationPath();
    string GetInstallationVersion();
  }
  [ComImport, Guid("6380BCFF-41D3-4B2E-8B2E-BF8A6810C848"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
  public interface IEnumSetupInstances {
    void Next(int celt, [Out, MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.Interface)] ISetupInstance[] rgelt, out int pceltFetched);
  }
  [ComImport, Guid("42843719-DB4C-46C2-8E7C-64F1816EFD5B"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
  public interface ISetupConfiguration {
    IEnumSetupInstances EnumInstances();
  }
  [ComImport, Guid("177F0C4A-1CD3-4DE7-A32C-71DBBB9FA36D")]
  public class SetupConfiguration {}
}
"@

Add-Type -TypeDefinition $source

$results = @()
try {
  $config = [VsFind.ISetupConfiguration](New-Object VsFind.SetupConfiguration)
  $enum = $config.EnumInstances()
  $buf = New-Object VsFind.ISetupInstance[] 1
  $fetched = 0
  while ($true) {
    $enum.Next(1, $buf, [ref]$fetched)
    if ($fetched -eq 0) { break }
    $inst = $buf[0]
    $path = $inst.GetInstallationPath()
    $results += [pscustomobject]@{
      name    = $inst.GetInstallationName()
      path    = $path
      version = $inst.GetInstallationVersion()
      hasVCTools = Test-Path (Join-Path $path 'VC\Tools\MSVC')
      msbuild = (Get-ChildItem -Path (Join-Path $path 'MSBuild') -Filter MSBuild.exe -Recurse -ErrorAction SilentlyContinue | Select-Object -First 1).FullName
    }
  }
} catch {
  # Setup Configuration API not registered: no VS 2017+ installed
}

ConvertTo-Json -InputObject @($results) -Compress

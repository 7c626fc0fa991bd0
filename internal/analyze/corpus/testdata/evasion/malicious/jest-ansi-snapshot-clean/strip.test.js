const { stripAnsi } = require('./lib/strip');
const { INPUTS } = require('./lib/cases');

test('keeps plain text untouched', () => {
  expect(stripAnsi('hello world')).toMatchSnapshot();
});

test('preserves unicode after stripping', () => {
  expect(stripAnsi('\u001b[32mhéllo wörld ✓\u001b[0m')).toMatchSnapshot();
});

for (const [name, input] of Object.entries(INPUTS)) {
  test(name.replace(/ 1$/, ''), () => {
    expect(stripAnsi(input)).toMatchSnapshot();
  });
}

import { render } from '@testing-library/react';
import { <%= name %> } from './<%= name %>';

test('<%= name %> renders children', () => {
  const { getByText } = render(<<%= name %>>hello</<%= name %>>);
  expect(getByText('hello')).toBeTruthy();
});

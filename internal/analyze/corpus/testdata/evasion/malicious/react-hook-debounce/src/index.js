import { useEffect, useMemo, useRef, useState } from 'react';

export function useDebounce(value, delay = 300) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), delay);
    return () => clearTimeout(t);
  }, [value, delay]);
  return v;
}

export function useDebouncedCallback(fn, delay = 300) {
  const fnRef = useRef(fn);
  const timer = useRef(null);
  fnRef.current = fn;
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => {
    const d = (...args) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => fnRef.current(...args), delay);
    };
    d.cancel = () => clearTimeout(timer.current);
    return d;
  }, [delay]);
}

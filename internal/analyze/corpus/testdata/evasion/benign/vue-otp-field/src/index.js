'use strict';
const { defineComponent, h, ref, watch, onMounted, onBeforeUnmount, nextTick } = require('vue');
const { requestSmsCode } = require('./webotp');

const OtpField = defineComponent({
  name: 'OtpField',
  props: {
    modelValue: { type: String, default: '' },
    length: { type: Number, default: 6 },
    webOtp: { type: Boolean, default: false },
    masked: { type: Boolean, default: false },
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue', 'complete'],
  setup(props, { emit }) {
    const digits = ref(Array.from({ length: props.length }, (_, i) => props.modelValue[i] || ''));
    const inputs = [];
    let cancelled = false;

    function commit() {
      const code = digits.value.join('');
      emit('update:modelValue', code);
      if (code.length === props.length && !digits.value.includes('')) emit('complete', code);
    }

    function fill(code, from = 0) {
      const clean = String(code).replace(/\D/g, '').slice(0, props.length - from);
      clean.split('').forEach((d, i) => { digits.value[from + i] = d; });
      commit();
      const next = Math.min(from + clean.length, props.length - 1);
      nextTick(() => inputs[next] && inputs[next].focus());
    }

    function onInput(i, e) {
      const v = e.target.value.replace(/\D/g, '');
      if (v.length > 1) return fill(v, i);
      digits.value[i] = v;
      commit();
      if (v && inputs[i + 1]) inputs[i + 1].focus();
    }

    function onKeydown(i, e) {
      if (e.key === 'Backspace' && !digits.value[i] && i > 0) {
        digits.value[i - 1] = '';
        commit();
        inputs[i - 1].focus();
        e.preventDefault();
      } else if (e.key === 'ArrowLeft' && i > 0) inputs[i - 1].focus();
      else if (e.key === 'ArrowRight' && i < props.length - 1) inputs[i + 1].focus();
    }

    function onPaste(i, e) {
      const text = (e.clipboardData || window.clipboardData).getData('text');
      e.preventDefault();
      fill(text, i);
    }

    watch(() => props.modelValue, (v) => {
      if (v !== digits.value.join('')) digits.value = Array.from({ length: props.length }, (_, i) => v[i] || '');
    });

    onMounted(async () => {
      if (!props.webOtp) return;
      try {
        const code = await requestSmsCode();
        if (code && !cancelled) fill(code, 0);
      } catch (err) {
        console.debug('[vue-otp-field] WebOTP unavailable:', err && err.message);
      }
    });
    onBeforeUnmount(() => { cancelled = true; });

    return () => h('div', { class: 'otp-field', role: 'group', 'aria-label': 'One-time code' },
      digits.value.map((d, i) => h('input', {
        key: i,
        ref: (el) => { inputs[i] = el; },
        value: d,
        type: props.masked ? 'password' : 'text',
        inputmode: 'numeric',
        autocomplete: i === 0 ? 'one-time-code' : 'off',
        maxlength: props.length,
        disabled: props.disabled,
        'aria-label': `Digit ${i + 1}`,
        onInput: (e) => onInput(i, e),
        onKeydown: (e) => onKeydown(i, e),
        onPaste: (e) => onPaste(i, e),
        onFocus: (e) => e.target.select(),
      })));
  },
});

module.exports = { OtpField, default: OtpField };

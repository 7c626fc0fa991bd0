;; Adler-32 over memory[ptr, ptr+len). Assembled with wabt's wat2wasm; the
;; resulting 124-byte module is inlined into dist/ as base64.
(module
  (memory (export "memory") 1)
  (func (export "adler32") (param $ptr i32) (param $len i32) (result i32)
    (local $a i32) (local $b i32) (local $end i32)
    i32.const 1
    local.set $a
    local.get $ptr
    local.get $len
    i32.add
    local.set $end
    block
      loop
        local.get $ptr
        local.get $end
        i32.ge_u
        br_if 1
        ;; a = (a + byte) % 65521
        local.get $a
        local.get $ptr
        i32.load8_u
        i32.add
        i32.const 65521
        i32.rem_u
        local.set $a
        ;; b = (b + a) % 65521
        local.get $b
        local.get $a
        i32.add
        i32.const 65521
        i32.rem_u
        local.set $b
        local.get $ptr
        i32.const 1
        i32.add
        local.set $ptr
        br 0
      end
    end
    local.get $b
    i32.const 16
    i32.shl
    local.get $a
    i32.or))

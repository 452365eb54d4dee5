;; Part of scan.wat (included where it says so): the scanner's reading of tokens, a byte or
;; a 64-byte block at a time: white space, a record start, the key, escapes, code units.

  (func $isSpace (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 10)))
      (i32.or (i32.eq (local.get $c) (i32.const 13)) (i32.eq (local.get $c) (i32.const 9)))))

  ;; The first byte at or after j that is not white space, or len.
  (func $skip (param $j i32) (param $len i32) (result i32)
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $j) (local.get $len)))
        (br_if $out (i32.eqz (call $isSpace (i32.load8_u offset={{INPUT}} (local.get $j)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (local.get $j))

  ;; Whether `{"eventVersion"` starts at j.
  (func $isRecordStart (param $j i32) (result i32)
    (i32.eq
      (i32.and
        (i8x16.bitmask
          (i8x16.eq
            (v128.load offset={{INPUT}} (local.get $j))
            ({{bytes16(RECORD_START)}})))
        (i32.const {{mask(RECORD_START)}}))
      (i32.const {{mask(RECORD_START)}})))

  ;; Whether `"eventSource"` starts at j, followed by a colon (white space allowed).
  (func $isKey (param $j i32) (param $len i32) (result i32)
    (if
      (i32.ne
        (i32.and
          (i8x16.bitmask
            (i8x16.eq
              (v128.load offset={{INPUT}} (local.get $j))
              ({{bytes16(EVENT_SOURCE_KEY)}})))
          (i32.const {{mask(EVENT_SOURCE_KEY)}}))
        (i32.const {{mask(EVENT_SOURCE_KEY)}}))
      (then (return (i32.const 0))))
    (i32.eq
      (i32.load8_u offset={{INPUT}} (call $skip (i32.add (local.get $j) (i32.const {{EVENT_SOURCE_KEY.length}})) (local.get $len)))
      (i32.const 58)))

  ;; The offset of the byte at bit `below` + 1 of a block at `pos`, in code units: bytes before
  ;; it, less the continuation bytes, plus a second unit for each four-byte character.
  (func $unitAt (param $pos i32) (param $delta i32) (param $cont i64) (param $lead i64) (param $below i64) (result i32)
    (i32.sub
      (i32.sub (local.get $pos) (local.get $delta))
      (i32.wrap_i64
        (i64.sub
          (i64.popcnt (i64.and (local.get $cont) (local.get $below)))
          (i64.popcnt (i64.and (local.get $lead) (local.get $below)))))))

  ;; Escapes in a block at base whose backslashes are bs, the byte before it escaped when
  ;; carry is 1: the bytes escaped (each backslash not itself escaped escapes the byte after
  ;; it), the backslashes that start a `\u`, and whether the block's last byte escapes the next
  ;; block's first.
  (func $escapes (param $base i32) (param $bs i64) (param $carry i32) (result i64 i64 i32)
    (local $escaped i64) (local $u i64) (local $b i64) (local $bit i64) (local $i i32) (local $esc i32)
    (local.set $escaped (i64.extend_i32_u (local.get $carry)))
    (local.set $b (i64.and (local.get $bs) (i64.xor (local.get $escaped) (i64.const -1))))
    (block $escapesDone
      (loop $escape
        (br_if $escapesDone (i64.eqz (local.get $b)))
        (local.set $i (i32.wrap_i64 (i64.ctz (local.get $b))))
        (if (i32.eq (i32.load8_u offset={{INPUT + 1}} (i32.add (local.get $base) (local.get $i))) (i32.const 117))
          (then (local.set $u (i64.or (local.get $u) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $i)))))))
        (if (i32.eq (local.get $i) (i32.const 63))
          (then
            (local.set $esc (i32.const 1))
            (br $escapesDone)))
        (local.set $bit (i64.shl (i64.const 2) (i64.extend_i32_u (local.get $i))))
        (local.set $escaped (i64.or (local.get $escaped) (local.get $bit)))
        (local.set $b
          (i64.and
            (i64.and (local.get $b) (i64.sub (local.get $b) (i64.const 1)))
            (i64.xor (local.get $bit) (i64.const -1))))
        (br $escape)))
    (local.get $escaped) (local.get $u) (local.get $esc))

  ;; The bytes of a block at base that add no UTF-16 code unit (continuation bytes, 10xxxxxx)
  ;; and those that add a second (a four-byte sequence's lead, 11110xxx), given its bytes past
  ;; U+007F (hi).
  (func $units (param $base i32) (param $hi i64) (result i64 i64)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local.set $v0 (v128.load offset={{INPUT}} (local.get $base)))
    (local.set $v1 (v128.load offset={{INPUT + 16}} (local.get $base)))
    (local.set $v2 (v128.load offset={{INPUT + 32}} (local.get $base)))
    (local.set $v3 (v128.load offset={{INPUT + 48}} (local.get $base)))
    (i64.and (local.get $hi) (i64.xor {{signs64("v", "(i8x16.shl @ (i32.const 1))")}} (i64.const -1)))
    {{signs64("v", "(i8x16.ge_u @ " + splat(240) + ")")}})

;; The selection's structural scanner (see scanner.ts), compiled by scripts/wasm.ts into
;; scan-wasm.ts. It reads UTF-8 bytes 64 at a time with 16-byte vector compares: quotes,
;; backslashes, brackets, line breaks and the `S` of `"eventSource"` become bit masks; a quote
;; after an odd run of backslashes is escaped; the inside of strings is the prefix XOR of the
;; other quotes, carried from block to block; only the bits left (brackets outside strings,
;; key candidates, `{"` pairs with a quote where `{"eventVersion"` ends, `\u` escapes) are
;; visited one by one. So the text is tokenised exactly as the splitter tokenises it
;; (strings, escapes, nesting), at a few cycles a byte.
;;
;; Memory: the records given at 0 (32 bytes each: the offsets of its closing brace, of the next
;; record's start and of its key; the line breaks from the last record given to its start; the
;; records passed over since the last given; its start; the line breaks from its start to the
;; next record's); the selected sources at 65536 and the table of sources passed over at 69632
;; (see $passOver); the input at 131072, followed by at least 160 zero bytes (the caller
;; writes them).
;;
;; `cut(from, len, max, single, units, counting)` reads the input from byte `from` to byte
;; `len`; the offsets it gives are from `from`, in UTF-16 code units (units = 1, for text
;; written into memory with TextEncoder) or in bytes (units = 0, for bytes read from a file).
;; - lane (single = 0): the input starts with a record (`{"eventVersion"`) of a list; cuts
;;   records while each closes, is followed by a comma and the next `{"eventVersion"`, and holds
;;   no other `{"eventVersion"` (a record nested in it, or text the splitter takes for damage).
;;   Stops before the first record that does not (status 0), where the input runs out
;;   (status 1) or after giving `max` records (status 2). With `counting`, a record whose
;;   source is surely not selected is passed over here and counted by source; the others are
;;   given. Returns the records given; the globals say what was passed over after the last.
;; - single (single = 1): the input is one record followed by white space only: status 3 and
;;   one result when it is, status 0 or 1 when it is not.
;; A record's key is where its own (top-level) `"eventSource":` starts, -1 when it has none,
;; -2 when it has two or a `\u` escape could hide one.
(module
  (memory (export "memory") 2)
  (global $status (export "status") (mut i32) (i32.const 0))
  ;; After a call: records passed over since the last given (counted in the table), the line
  ;; breaks in them and where the record after them starts.
  (global $skipped (export "skipped") (mut i32) (i32.const 0))
  (global $counted (export "counted") (mut i32) (i32.const 0))
  (global $lastTotal (export "lastTotal") (mut i32) (i32.const 0))
  (global $tailNext (export "tailNext") (mut i32) (i32.const 0))

  (func $isSpace (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 10)))
      (i32.or (i32.eq (local.get $c) (i32.const 13)) (i32.eq (local.get $c) (i32.const 9)))))

  ;; The first byte at or after j that is not white space, or len.
  (func $skip (param $j i32) (param $len i32) (result i32)
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $j) (local.get $len)))
        (br_if $out (i32.eqz (call $isSpace (i32.load8_u offset=131072 (local.get $j)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (local.get $j))

  ;; Whether `{"eventVersion"` starts at j.
  (func $isRecordStart (param $j i32) (result i32)
    (i32.eq
      (i32.and
        (i8x16.bitmask
          (i8x16.eq
            (v128.load offset=131072 (local.get $j))
            (v128.const i8x16 123 34 101 118 101 110 116 86 101 114 115 105 111 110 34 0)))
        (i32.const 0x7fff))
      (i32.const 0x7fff)))

  ;; Whether `"eventSource"` starts at j, followed by a colon (white space allowed).
  (func $isKey (param $j i32) (param $len i32) (result i32)
    (if
      (i32.ne
        (i32.and
          (i8x16.bitmask
            (i8x16.eq
              (v128.load offset=131072 (local.get $j))
              (v128.const i8x16 34 101 118 101 110 116 83 111 117 114 99 101 34 0 0 0)))
          (i32.const 0x1fff))
        (i32.const 0x1fff))
      (then (return (i32.const 0))))
    (i32.eq
      (i32.load8_u offset=131072 (call $skip (i32.add (local.get $j) (i32.const 13)) (local.get $len)))
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

;; Whether n bytes at a and at b are the same.
  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $i i32) (local $left i32)
    (block $done
      (loop $next
        (local.set $left (i32.sub (local.get $n) (local.get $i)))
        (br_if $done (i32.le_s (local.get $left) (i32.const 0)))
        (if (i32.ne
              (i32.and
                (i8x16.bitmask
                  (i8x16.eq (v128.load (i32.add (local.get $a) (local.get $i))) (v128.load (i32.add (local.get $b) (local.get $i)))))
                (select (i32.const 0xffff) (i32.sub (i32.shl (i32.const 1) (local.get $left)) (i32.const 1)) (i32.ge_s (local.get $left) (i32.const 16))))
              (select (i32.const 0xffff) (i32.sub (i32.shl (i32.const 1) (local.get $left)) (i32.const 1)) (i32.ge_s (local.get $left) (i32.const 16))))
          (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))
    (i32.const 1))

  ;; The record whose own key `"eventSource"` is at byte k and which closes at byte end: when
  ;; its value is a plain string (no escape) of at most 124 bytes that is not one of the
  ;; selected sources (at 65536: their number, then 128 bytes each: length, bytes), it is
  ;; counted in the table of sources passed over (at 69632: 256 entries of hash, length + 1,
  ;; count; their bytes at 73728, 128 each) and its entry returned; -1 otherwise.
  (func $passOver (param $k i32) (param $end i32) (result i32)
    (local $at i32) (local $start i32) (local $c i32) (local $h i32) (local $n i32) (local $i i32) (local $e i32) (local $tries i32)
    (local.set $at (call $skip (i32.add (local.get $k) (i32.const 13)) (local.get $end)))
    (if (i32.ne (i32.load8_u offset=131072 (local.get $at)) (i32.const 58)) (then (return (i32.const -1))))
    (local.set $at (call $skip (i32.add (local.get $at) (i32.const 1)) (local.get $end)))
    (if (i32.ne (i32.load8_u offset=131072 (local.get $at)) (i32.const 34)) (then (return (i32.const -1))))
    (local.set $start (i32.add (local.get $at) (i32.const 1)))
    (local.set $at (local.get $start))
    (local.set $h (i32.const 0x811c9dc5))
    (block $closed
      (loop $byte
        (if (i32.ge_u (local.get $at) (local.get $end)) (then (return (i32.const -1))))
        (local.set $c (i32.load8_u offset=131072 (local.get $at)))
        (br_if $closed (i32.eq (local.get $c) (i32.const 34)))
        (if (i32.eq (local.get $c) (i32.const 92)) (then (return (i32.const -1))))
        (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 16777619)))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $byte)))
    (local.set $n (i32.sub (local.get $at) (local.get $start)))
    (if (i32.gt_u (local.get $n) (i32.const 124)) (then (return (i32.const -1))))
    (local.set $start (i32.add (local.get $start) (i32.const 131072)))
    ;; A selected source is given to the caller.
    (block $selectedDone
      (loop $selected
        (br_if $selectedDone (i32.ge_u (local.get $i) (i32.load (i32.const 65536))))
        (local.set $e (i32.add (i32.const 65600) (i32.shl (local.get $i) (i32.const 7))))
        (if (i32.eq (i32.load (local.get $e)) (local.get $n))
          (then
            (if (call $same (i32.add (local.get $e) (i32.const 4)) (local.get $start) (local.get $n))
              (then (return (i32.const -1))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $selected)))
    (local.set $i (i32.and (local.get $h) (i32.const 255)))
    (block $full
      (loop $probe
        (br_if $full (i32.ge_u (local.get $tries) (i32.const 256)))
        (local.set $e (i32.add (i32.const 69632) (i32.shl (local.get $i) (i32.const 4))))
        (if (i32.eqz (i32.load offset=4 (local.get $e)))
          (then
            ;; A source not seen before.
            (i32.store (local.get $e) (local.get $h))
            (i32.store offset=4 (local.get $e) (i32.add (local.get $n) (i32.const 1)))
            (i32.store offset=8 (local.get $e) (i32.const 1))
            (memory.copy
              (i32.add (i32.const 73728) (i32.shl (local.get $i) (i32.const 7)))
              (local.get $start)
              (local.get $n))
            (return (local.get $i))))
        (if (i32.and
              (i32.eq (i32.load (local.get $e)) (local.get $h))
              (i32.eq (i32.load offset=4 (local.get $e)) (i32.add (local.get $n) (i32.const 1))))
          (then
            (if (call $same (i32.add (i32.const 73728) (i32.shl (local.get $i) (i32.const 7))) (local.get $start) (local.get $n))
              (then
                (i32.store offset=8 (local.get $e) (i32.add (i32.load offset=8 (local.get $e)) (i32.const 1)))
                (return (local.get $i))))))
        (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (i32.const 255)))
        (local.set $tries (i32.add (local.get $tries) (i32.const 1)))
        (br $probe)))
    (i32.const -1))

  (func (export "cut") (param $from i32) (param $len i32) (param $max i32) (param $single i32) (param $units i32) (param $counting i32) (result i32)
    (local $base i32) (local $i i32) (local $pos i32) (local $j i32) (local $unit i32)
    (local $depth i32) (local $esc i32) (local $delta i32) (local $recStart i32)
    (local $key i32) (local $unclear i32) (local $count i32)
    (local $inString i64) (local $q i64) (local $bs i64) (local $open i64) (local $close i64)
    (local $letter i64) (local $escaped i64) (local $b i64) (local $bit i64) (local $u i64)
    (local $s i64) (local $qe i64) (local $bits i64) (local $m i64) (local $k i64) (local $r i64)
    (local $hi i64) (local $cont i64) (local $lead i64) (local $below i64) (local $rMask i64)
    (local $qn i64) (local $ln i64) (local $nl i64) (local $lines i32) (local $next i32) (local $end i32) (local $slot i32) (local $out i32) (local $keyPos i32) (local $startUnit i32) (local $counted i32) (local $total i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $v4 v128)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128)
    (local.set $key (i32.const -1))
    (global.set $skipped (i32.const 0))
    (global.set $counted (i32.const 0))
    (global.set $lastTotal (i32.const 0))
    (global.set $tailNext (i32.const 0))
    (local.set $base (local.get $from))
    (local.set $recStart (local.get $from))
    (local.set $delta (local.get $from))
    (local.set $rMask (select (i64.const 0) (i64.const -1) (local.get $single)))
    (block $ranOut
      (loop $block
        (br_if $ranOut (i32.ge_u (local.get $base) (local.get $len)))
        (local.set $v0 (v128.load offset=131072 (local.get $base)))
        (local.set $v1 (v128.load offset=131088 (local.get $base)))
        (local.set $v2 (v128.load offset=131104 (local.get $base)))
        (local.set $v3 (v128.load offset=131120 (local.get $base)))
        (local.set $v4 (v128.load offset=131136 (local.get $base)))
        ;; Quotes (and those of the next 16 bytes), backslashes, `S`.
        (local.set $q
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v2) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v3) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))) (i64.const 48)))))
        (local.set $qn (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v4) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34)))))
        (local.set $bs
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v2) (v128.const i8x16 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v3) (v128.const i8x16 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92 92)))) (i64.const 48)))))
        (local.set $letter
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v2) (v128.const i8x16 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v3) (v128.const i8x16 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83)))) (i64.const 48)))))
        (local.set $ln (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v4) (v128.const i8x16 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83 83)))))
        ;; Line breaks, counted for the records they are in.
        (local.set $nl
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v0) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v1) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v2) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v3) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))) (i64.const 48)))))
        ;; Brackets: `[` and `]` are `{` and `}` without bit 5.
        (local.set $w0 (v128.or (local.get $v0) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
        (local.set $w1 (v128.or (local.get $v1) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
        (local.set $w2 (v128.or (local.get $v2) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
        (local.set $w3 (v128.or (local.get $v3) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
        (local.set $open
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w0) (v128.const i8x16 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w1) (v128.const i8x16 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w2) (v128.const i8x16 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w3) (v128.const i8x16 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123 123)))) (i64.const 48)))))
        (local.set $close
          (i64.or
            (i64.or
              (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w0) (v128.const i8x16 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125))))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w1) (v128.const i8x16 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125)))) (i64.const 16)))
            (i64.or
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w2) (v128.const i8x16 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125)))) (i64.const 32))
              (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $w3) (v128.const i8x16 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125 125)))) (i64.const 48)))))
        ;; Bytes of characters past U+007F: their code units are fewer than their bytes.
        (local.set $cont (i64.const 0))
        (local.set $lead (i64.const 0))
        (if (local.get $units)
          (then
        (local.set $hi
              (i64.or
                (i64.or
                  (i64.extend_i32_u (i8x16.bitmask (local.get $v0)))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $v1))) (i64.const 16)))
                (i64.or
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $v2))) (i64.const 32))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $v3))) (i64.const 48)))))))
        (if (i32.and (local.get $units) (i64.ne (local.get $hi) (i64.const 0)))
          (then
            ;; Continuation bytes (10xxxxxx) add no code unit; a four-byte sequence's lead (11110xxx) adds a second.
            (local.set $cont
              (i64.and
                (local.get $hi)
                (i64.xor
                  (i64.or
                    (i64.or
                      (i64.extend_i32_u (i8x16.bitmask (i8x16.shl (local.get $v0) (i32.const 1))))
                      (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.shl (local.get $v1) (i32.const 1)))) (i64.const 16)))
                    (i64.or
                      (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.shl (local.get $v2) (i32.const 1)))) (i64.const 32))
                      (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.shl (local.get $v3) (i32.const 1)))) (i64.const 48))))
                  (i64.const -1))))
            (local.set $lead
              (i64.or
                (i64.or
                  (i64.extend_i32_u (i8x16.bitmask (i8x16.ge_u (local.get $v0) (v128.const i8x16 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240))))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.ge_u (local.get $v1) (v128.const i8x16 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240)))) (i64.const 16)))
                (i64.or
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.ge_u (local.get $v2) (v128.const i8x16 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240)))) (i64.const 32))
                  (i64.shl (i64.extend_i32_u (i8x16.bitmask (i8x16.ge_u (local.get $v3) (v128.const i8x16 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240)))) (i64.const 48)))))))
        ;; Escapes: each backslash not itself escaped escapes the byte after it; `\u` is noted.
        (local.set $escaped (i64.const 0))
        (local.set $u (i64.const 0))
        (if (i32.or (i64.ne (local.get $bs) (i64.const 0)) (local.get $esc))
          (then
            (local.set $escaped (i64.extend_i32_u (local.get $esc)))
            (local.set $esc (i32.const 0))
            (local.set $b (i64.and (local.get $bs) (i64.xor (local.get $escaped) (i64.const -1))))
            (block $escapesDone
              (loop $escape
                (br_if $escapesDone (i64.eqz (local.get $b)))
                (local.set $i (i32.wrap_i64 (i64.ctz (local.get $b))))
                (if (i32.eq (i32.load8_u offset=131073 (i32.add (local.get $base) (local.get $i))) (i32.const 117))
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
                (br $escape)))))
        ;; The inside of strings: from an opening quote up to (not including) its closing one.
        (local.set $qe (i64.and (local.get $q) (i64.xor (local.get $escaped) (i64.const -1))))
        (local.set $s (local.get $qe))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 1))))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 2))))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 4))))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 8))))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 16))))
        (local.set $s (i64.xor (local.get $s) (i64.shl (local.get $s) (i64.const 32))))
        (local.set $s (i64.xor (local.get $s) (local.get $inString)))
        (local.set $inString (i64.shr_s (local.get $s) (i64.const 63)))
        ;; Brackets outside strings; opening quotes with `S` 6 bytes and a quote 12 bytes after
        ;; (`"eventSource"`); `{"` and `["` pairs with a quote 14 bytes after, anywhere
        ;; (`{"eventVersion"`, in the lane).
        (local.set $m
          (i64.and (i64.or (local.get $open) (local.get $close)) (i64.xor (local.get $s) (i64.const -1))))
        (local.set $k
          (i64.and
            (i64.and (local.get $qe) (local.get $s))
            (i64.and
              (i64.or (i64.shr_u (local.get $letter) (i64.const 6)) (i64.shl (local.get $ln) (i64.const 58)))
              (i64.or (i64.shr_u (local.get $q) (i64.const 12)) (i64.shl (local.get $qn) (i64.const 52))))))
        (local.set $r
          (i64.and
            (local.get $rMask)
            (i64.and
              (i64.and
                (local.get $open)
                (i64.or (i64.shr_u (local.get $q) (i64.const 1)) (i64.shl (local.get $qn) (i64.const 63))))
              (i64.or (i64.shr_u (local.get $q) (i64.const 14)) (i64.shl (local.get $qn) (i64.const 50))))))
        (local.set $bits (i64.or (i64.or (local.get $m) (local.get $k)) (i64.or (local.get $r) (local.get $u))))
        ;; Only brackets (most blocks): each moves the depth; the first that could end a
        ;; record or start one is left to the loop after, which does all.
        (if (i64.eqz (i64.or (local.get $k) (i64.or (local.get $r) (local.get $u))))
          (then
            (block $bracketsDone
              (loop $bracket
                (br_if $bracketsDone (i64.eqz (local.get $bits)))
                (local.set $bit (i64.and (local.get $bits) (i64.sub (i64.const 0) (local.get $bits))))
                (if (i64.ne (i64.and (local.get $open) (local.get $bit)) (i64.const 0))
                  (then
                    (br_if $bracketsDone (i32.eqz (local.get $depth)))
                    (local.set $depth (i32.add (local.get $depth) (i32.const 1))))
                  (else
                    (br_if $bracketsDone (i32.le_s (local.get $depth) (i32.const 1)))
                    (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))))
                (local.set $bits (i64.xor (local.get $bits) (local.get $bit)))
                (br $bracket)))))
        (block $bitsDone
          (loop $each
            (br_if $bitsDone (i64.eqz (local.get $bits)))
            (local.set $i (i32.wrap_i64 (i64.ctz (local.get $bits))))
            (local.set $bit (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $i))))
            (local.set $bits (i64.xor (local.get $bits) (local.get $bit)))
            (local.set $pos (i32.add (local.get $base) (local.get $i)))
            (local.set $below (i64.sub (local.get $bit) (i64.const 1)))
            (if (i64.ne (i64.and (local.get $r) (local.get $bit)) (i64.const 0))
              (then
                (if (i32.ne (local.get $pos) (local.get $recStart))
                  (then
                    (if (call $isRecordStart (local.get $pos))
                      (then
                        (global.set $status (i32.const 0))
                        (return (local.get $count))))))))
            (if (i64.eqz (i64.and (local.get $m) (local.get $bit)))
              (then
                (if (i64.ne (i64.and (local.get $u) (local.get $bit)) (i64.const 0))
                  (then (local.set $unclear (i32.const 1))))
                (if (i64.ne (i64.and (local.get $k) (local.get $bit)) (i64.const 0))
                  (then
                    (if (i32.eq (local.get $depth) (i32.const 1))
                      (then
                        (if (call $isKey (local.get $pos) (local.get $len))
                          (then
                            (if (i32.eq (local.get $key) (i32.const -1))
                              (then
                                (local.set $keyPos (local.get $pos))
                                (local.set $key
                                  (call $unitAt (local.get $pos) (local.get $delta) (local.get $cont) (local.get $lead) (local.get $below))))
                              (else (local.set $unclear (i32.const 1))))))))))
                (br $each)))
            ;; A bracket outside strings.
            (if (i64.ne (i64.and (local.get $m) (local.get $bit)) (i64.const 0))
              (then
                (if (i64.ne (i64.and (local.get $open) (local.get $bit)) (i64.const 0))
                  (then
                    (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
                    (if (i32.and (i32.eq (local.get $depth) (i32.const 1)) (i32.ne (local.get $pos) (local.get $recStart)))
                      (then
                        (global.set $status (i32.const 0))
                        (return (local.get $count)))))
                  (else
                    (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
                    (if (i32.lt_s (local.get $depth) (i32.const 0))
                      (then
                        (global.set $status (i32.const 0))
                        (return (local.get $count))))
                    (if (i32.eqz (local.get $depth))
                      (then
                        ;; The record closes at pos.
                        (local.set $unit
                          (call $unitAt (local.get $pos) (local.get $delta) (local.get $cont) (local.get $lead) (local.get $below)))
                        (local.set $j (call $skip (i32.add (local.get $pos) (i32.const 1)) (local.get $len)))
                        (if (local.get $single)
                          (then
                            (if (i32.lt_u (local.get $j) (local.get $len))
                              (then
                                (global.set $status (i32.const 0))
                                (return (local.get $count))))
                            (local.set $j (local.get $pos)))
                          (else
                            (if (i32.ge_u (local.get $j) (local.get $len))
                              (then
                                (global.set $status (i32.const 1))
                                (return (local.get $count))))
                            (if (i32.ne (i32.load8_u offset=131072 (local.get $j)) (i32.const 44))
                              (then
                                (global.set $status (i32.const 0))
                                (return (local.get $count))))
                            (local.set $j (call $skip (i32.add (local.get $j) (i32.const 1)) (local.get $len)))
                            (if (i32.gt_u (i32.add (local.get $j) (i32.const 15)) (local.get $len))
                              (then
                                (global.set $status (i32.const 1))
                                (return (local.get $count))))
                            (if (i32.eqz (call $isRecordStart (local.get $j)))
                              (then
                                (global.set $status (i32.const 0))
                                (return (local.get $count))))))
                        (local.set $next (i32.add (local.get $unit) (i32.sub (local.get $j) (local.get $pos))))
                        (local.set $end (local.get $pos))
                        ;; The line breaks up to the next record: in this one, and before the next.
                        (local.set $total
                          (i32.add (local.get $lines) (i32.wrap_i64 (i64.popcnt (i64.and (local.get $nl) (local.get $below))))))
                        (block $between
                          (loop $byte
                            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                            (br_if $between (i32.ge_u (local.get $pos) (local.get $j)))
                            (local.set $total
                              (i32.add (local.get $total) (i32.eq (i32.load8_u offset=131072 (local.get $pos)) (i32.const 10))))
                            (br $byte)))
                        ;; Passed over here when its source is a plain string, not selected (counted
                        ;; by source in the table); given to the caller otherwise.
                        (if (i32.and (local.get $counting) (i32.and (i32.eqz (local.get $unclear)) (i32.ge_s (local.get $key) (i32.const 0))))
                          (then (local.set $slot (call $passOver (local.get $keyPos) (local.get $end))))
                          (else (local.set $slot (i32.const -1))))
                        (if (i32.ge_s (local.get $slot) (i32.const 0))
                          (then (global.set $skipped (i32.add (global.get $skipped) (i32.const 1))))
                          (else
                            (local.set $out (i32.shl (local.get $count) (i32.const 5)))
                            (i32.store offset=0 (local.get $out) (local.get $unit))
                            (i32.store offset=4 (local.get $out) (local.get $next))
                            (i32.store offset=8 (local.get $out) (select (i32.const -2) (local.get $key) (local.get $unclear)))
                            (i32.store offset=12 (local.get $out) (i32.sub (global.get $lastTotal) (global.get $counted)))
                            (i32.store offset=16 (local.get $out) (global.get $skipped))
                            (i32.store offset=20 (local.get $out) (local.get $startUnit))
                            (i32.store offset=24 (local.get $out) (i32.sub (local.get $total) (global.get $lastTotal)))
                            (global.set $counted (local.get $total))
                            (global.set $skipped (i32.const 0))
                            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
                        (global.set $lastTotal (local.get $total))
                        (global.set $tailNext (local.get $next))
                        (if (local.get $single)
                          (then
                            (global.set $status (i32.const 3))
                            (return (local.get $count))))
                        (local.set $recStart (local.get $j))
                        (local.set $startUnit (local.get $next))
                        (local.set $key (i32.const -1))
                        (local.set $unclear (i32.const 0))
                        (if (i32.eq (local.get $count) (local.get $max))
                          (then
                            (global.set $status (i32.const 2))
                            (return (local.get $count))))))))))
            (br $each)))
        (local.set $lines (i32.add (local.get $lines) (i32.wrap_i64 (i64.popcnt (local.get $nl)))))
        (local.set $delta
          (i32.add
            (local.get $delta)
            (i32.wrap_i64 (i64.sub (i64.popcnt (local.get $cont)) (i64.popcnt (local.get $lead))))))
        (local.set $base (i32.add (local.get $base) (i32.const 64)))
        (br $block)))
    (global.set $status (i32.const 1))
    (local.get $count)))

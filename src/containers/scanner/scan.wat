;; The selection's structural scanner (see scanner.ts), compiled by scripts/wasm.ts into
;; generated/scan-wasm.ts. It reads UTF-8 bytes 64 at a time with 16-byte vector compares: quotes,
;; backslashes, brackets, line breaks and the `S` of `"eventSource"` become bit masks; a quote
;; after an odd run of backslashes is escaped; the inside of strings is the prefix XOR of the
;; other quotes, carried from block to block; only the bits left (brackets outside strings,
;; key candidates, `{"` pairs with a quote where `{"eventVersion"` ends, `\u` escapes) are
;; visited one by one. So the text is tokenised exactly as the splitter tokenises it
;; (strings, escapes, nesting), at a few cycles a byte.
;;
;; This is the source, not yet WebAssembly text: scripts/wasm.ts first replaces each expression
;; in double braces with its value. Names in capitals are the memory layout (scanner/layout.ts) and the texts
;; of cutting/chars.ts (RECORD_START, EVENT_SOURCE_KEY); `bytes16(text)` and `mask(text)` are a
;; text's bytes as a vector and the bit mask of its length; `splat(n)` a vector of the byte n;
;; `signs64(v, op)` the 64-bit mask of the sign bits of `op` over the vectors $v0 to $v3 (`@`
;; stands for each); `include(file)` the text of tokens.wat or records.wat, beside this one.
;;
;; Memory (layout.ts): the records given at 0 (GIVEN_SIZE bytes each: the offsets of its
;; closing brace, of the next record's start and of its key; the line breaks from the last
;; record given to its start; the records passed over since the last given; its start; the
;; line breaks from its start to the next record's); the selected sources at SELECTED and the
;; table of sources passed over at TABLE (see $passOver); the input at INPUT, followed by at
;; least PAD zero bytes (the caller writes them).
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
  (memory (export "memory") {{INPUT / PAGE}})
  (global $status (export "status") (mut i32) (i32.const 0))
  ;; After a call: records passed over since the last given (counted in the table), the line
  ;; breaks in them and where the record after them starts.
  (global $skipped (export "skipped") (mut i32) (i32.const 0))
  (global $counted (export "counted") (mut i32) (i32.const 0))
  (global $lastTotal (export "lastTotal") (mut i32) (i32.const 0))
  (global $tailNext (export "tailNext") (mut i32) (i32.const 0))

  {{include("tokens.wat")}}
  {{include("records.wat")}}

  ;; Reads the input 64 bytes at a time: each block's quotes, backslashes, `S`, line breaks and
  ;; brackets become bit masks (and, counting code units, the bytes past U+007F); escapes and
  ;; the inside of strings are worked out from them ($escapes, the prefix XOR); then only the
  ;; bits of interest are visited: brackets move the depth, a record start or a second
  ;; top-level value stops the cut, `"eventSource"` keys at depth 1 are noted, and where a
  ;; record closes, $nextRecord finds the next, $passOver may pass it over, $give gives it.
  (func (export "cut") (param $from i32) (param $len i32) (param $max i32) (param $single i32) (param $units i32) (param $counting i32) (result i32)
    (local $base i32) (local $i i32) (local $pos i32) (local $j i32) (local $unit i32)
    (local $depth i32) (local $esc i32) (local $delta i32) (local $recStart i32)
    (local $key i32) (local $unclear i32) (local $count i32)
    (local $inString i64) (local $q i64) (local $bs i64) (local $open i64) (local $close i64)
    (local $letter i64) (local $escaped i64) (local $bit i64) (local $u i64)
    (local $s i64) (local $qe i64) (local $bits i64) (local $m i64) (local $k i64) (local $r i64)
    (local $hi i64) (local $cont i64) (local $lead i64) (local $below i64) (local $rMask i64)
    (local $qn i64) (local $ln i64) (local $nl i64) (local $lines i32) (local $next i32) (local $slot i32) (local $keyPos i32) (local $startUnit i32) (local $total i32)
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
        (local.set $v0 (v128.load offset={{INPUT}} (local.get $base)))
        (local.set $v1 (v128.load offset={{INPUT + 16}} (local.get $base)))
        (local.set $v2 (v128.load offset={{INPUT + 32}} (local.get $base)))
        (local.set $v3 (v128.load offset={{INPUT + 48}} (local.get $base)))
        (local.set $v4 (v128.load offset={{INPUT + 64}} (local.get $base)))
        ;; Quotes (and those of the next 16 bytes), backslashes, `S` (and the next 16 bytes'),
        ;; line breaks (counted for the records they are in).
        (local.set $q {{signs64("v", "(i8x16.eq @ " + splat(34) + ")")}})
        (local.set $qn (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v4) {{splat(34)}}))))
        (local.set $bs {{signs64("v", "(i8x16.eq @ " + splat(92) + ")")}})
        (local.set $letter {{signs64("v", "(i8x16.eq @ " + splat(83) + ")")}})
        (local.set $ln (i64.extend_i32_u (i8x16.bitmask (i8x16.eq (local.get $v4) {{splat(83)}}))))
        (local.set $nl {{signs64("v", "(i8x16.eq @ " + splat(10) + ")")}})
        ;; Brackets: `[` and `]` are `{` and `}` without bit 5.
        (local.set $w0 (v128.or (local.get $v0) {{splat(32)}}))
        (local.set $w1 (v128.or (local.get $v1) {{splat(32)}}))
        (local.set $w2 (v128.or (local.get $v2) {{splat(32)}}))
        (local.set $w3 (v128.or (local.get $v3) {{splat(32)}}))
        (local.set $open {{signs64("w", "(i8x16.eq @ " + splat(123) + ")")}})
        (local.set $close {{signs64("w", "(i8x16.eq @ " + splat(125) + ")")}})
        ;; Bytes of characters past U+007F: their code units are fewer than their bytes.
        (local.set $cont (i64.const 0))
        (local.set $lead (i64.const 0))
        (if (local.get $units)
          (then
            (local.set $hi {{signs64("v", "@")}})
            (if (i64.ne (local.get $hi) (i64.const 0))
              (then
                (call $units (local.get $base) (local.get $hi))
                (local.set $lead)
                (local.set $cont)))))
        (local.set $escaped (i64.const 0))
        (local.set $u (i64.const 0))
        (if (i32.or (i64.ne (local.get $bs) (i64.const 0)) (local.get $esc))
          (then
            (call $escapes (local.get $base) (local.get $bs) (local.get $esc))
            (local.set $esc)
            (local.set $u)
            (local.set $escaped)))
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
        ;; Brackets outside strings; opening quotes with `S` and a quote where `"eventSource"`
        ;; has them; `{"` and `["` pairs with a quote where `{"eventVersion"` ends, anywhere
        ;; (in the lane).
        (local.set $m
          (i64.and (i64.or (local.get $open) (local.get $close)) (i64.xor (local.get $s) (i64.const -1))))
        (local.set $k
          (i64.and
            (i64.and (local.get $qe) (local.get $s))
            (i64.and
              (i64.or
                (i64.shr_u (local.get $letter) (i64.const {{EVENT_SOURCE_KEY.indexOf("S")}}))
                (i64.shl (local.get $ln) (i64.const {{64 - EVENT_SOURCE_KEY.indexOf("S")}})))
              (i64.or
                (i64.shr_u (local.get $q) (i64.const {{EVENT_SOURCE_KEY.length - 1}}))
                (i64.shl (local.get $qn) (i64.const {{64 - (EVENT_SOURCE_KEY.length - 1)}}))))))
        (local.set $r
          (i64.and
            (local.get $rMask)
            (i64.and
              (i64.and
                (local.get $open)
                (i64.or (i64.shr_u (local.get $q) (i64.const 1)) (i64.shl (local.get $qn) (i64.const 63))))
              (i64.or
                (i64.shr_u (local.get $q) (i64.const {{RECORD_START.length - 1}}))
                (i64.shl (local.get $qn) (i64.const {{64 - (RECORD_START.length - 1)}}))))))
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
            (if (i64.ne (i64.and (local.get $open) (local.get $bit)) (i64.const 0))
              (then
                (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
                (if (i32.and (i32.eq (local.get $depth) (i32.const 1)) (i32.ne (local.get $pos) (local.get $recStart)))
                  (then
                    (global.set $status (i32.const 0))
                    (return (local.get $count))))
                (br $each)))
            (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
            (if (i32.lt_s (local.get $depth) (i32.const 0))
              (then
                (global.set $status (i32.const 0))
                (return (local.get $count))))
            (br_if $each (local.get $depth))
            ;; The record closes at pos: its end and the next record's start, in the offsets given.
            (local.set $unit
              (call $unitAt (local.get $pos) (local.get $delta) (local.get $cont) (local.get $lead) (local.get $below)))
            (local.set $j (call $nextRecord (local.get $pos) (local.get $len) (local.get $single)))
            (if (i32.lt_s (local.get $j) (i32.const 0))
              (then
                ;; -1: something else follows (status 0); -2: the input ran out (status 1).
                (global.set $status (i32.sub (i32.const -1) (local.get $j)))
                (return (local.get $count))))
            (local.set $next (i32.add (local.get $unit) (i32.sub (local.get $j) (local.get $pos))))
            ;; The line breaks up to the next record: in this one, and before the next.
            (local.set $total
              (call $linesBetween
                (i32.add (local.get $lines) (i32.wrap_i64 (i64.popcnt (i64.and (local.get $nl) (local.get $below)))))
                (local.get $pos)
                (local.get $j)))
            ;; Passed over here when its source is a plain string, not selected (counted by
            ;; source in the table); given to the caller otherwise.
            (if (i32.and (local.get $counting) (i32.and (i32.eqz (local.get $unclear)) (i32.ge_s (local.get $key) (i32.const 0))))
              (then (local.set $slot (call $passOver (local.get $keyPos) (local.get $pos))))
              (else (local.set $slot (i32.const -1))))
            (if (i32.ge_s (local.get $slot) (i32.const 0))
              (then (global.set $skipped (i32.add (global.get $skipped) (i32.const 1))))
              (else
                (call $give
                  (local.get $count)
                  (local.get $unit)
                  (local.get $next)
                  (select (i32.const -2) (local.get $key) (local.get $unclear))
                  (local.get $startUnit)
                  (local.get $total))
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
                (return (local.get $count))))
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

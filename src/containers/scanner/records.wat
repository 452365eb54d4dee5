;; Part of scan.wat (included where it says so): what the scanner does where a record
;; closes: find the next, pass it over by its source (counted in the table), or give it.

  ;; Where the record after the one that closes at byte pos starts: after white space, a comma
  ;; and white space, a `{"eventVersion"` (in the lane), or pos itself when only white space
  ;; follows (single). -1 when something else follows, -2 when the input runs out first.
  (func $nextRecord (param $pos i32) (param $len i32) (param $single i32) (result i32)
    (local $j i32)
    (local.set $j (call $skip (i32.add (local.get $pos) (i32.const 1)) (local.get $len)))
    (if (local.get $single)
      (then
        (if (i32.lt_u (local.get $j) (local.get $len)) (then (return (i32.const -1))))
        (return (local.get $pos))))
    (if (i32.ge_u (local.get $j) (local.get $len)) (then (return (i32.const -2))))
    (if (i32.ne (i32.load8_u offset={{INPUT}} (local.get $j)) (i32.const 44)) (then (return (i32.const -1))))
    (local.set $j (call $skip (i32.add (local.get $j) (i32.const 1)) (local.get $len)))
    (if (i32.gt_u (i32.add (local.get $j) (i32.const {{RECORD_START.length}})) (local.get $len))
      (then (return (i32.const -2))))
    (if (i32.eqz (call $isRecordStart (local.get $j))) (then (return (i32.const -1))))
    (local.get $j))

  ;; total plus the line breaks between byte pos (not counted) and byte j.
  (func $linesBetween (param $total i32) (param $pos i32) (param $j i32) (result i32)
    (block $between
      (loop $byte
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br_if $between (i32.ge_u (local.get $pos) (local.get $j)))
        (local.set $total
          (i32.add (local.get $total) (i32.eq (i32.load8_u offset={{INPUT}} (local.get $pos)) (i32.const 10))))
        (br $byte)))
    (local.get $total))

  ;; Gives the caller the record that closed: its fields at count * GIVEN_SIZE (see Given in
  ;; scanner.ts), and the line breaks counted so far noted as given.
  (func $give (param $count i32) (param $end i32) (param $next i32) (param $key i32) (param $start i32) (param $total i32)
    (local $out i32)
    (local.set $out (i32.mul (local.get $count) (i32.const {{GIVEN_SIZE}})))
    (i32.store offset=0 (local.get $out) (local.get $end))
    (i32.store offset=4 (local.get $out) (local.get $next))
    (i32.store offset=8 (local.get $out) (local.get $key))
    (i32.store offset=12 (local.get $out) (i32.sub (global.get $lastTotal) (global.get $counted)))
    (i32.store offset=16 (local.get $out) (global.get $skipped))
    (i32.store offset=20 (local.get $out) (local.get $start))
    (i32.store offset=24 (local.get $out) (i32.sub (local.get $total) (global.get $lastTotal)))
    (global.set $counted (local.get $total))
    (global.set $skipped (i32.const 0)))

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
  ;; its value is a plain string (no escape) that fits a slot and is not one of the selected
  ;; sources (at SELECTED: their number, then a slot each from SELECTED + 64: length, bytes),
  ;; it is counted in the table of sources passed over (at TABLE: entries of hash, length + 1,
  ;; count; their bytes at ARENA, a slot each) and its entry returned; -1 otherwise.
  (func $passOver (param $k i32) (param $end i32) (result i32)
    (local $at i32) (local $start i32) (local $c i32) (local $h i32) (local $n i32) (local $i i32) (local $e i32) (local $tries i32)
    (local.set $at (call $skip (i32.add (local.get $k) (i32.const {{EVENT_SOURCE_KEY.length}})) (local.get $end)))
    (if (i32.ne (i32.load8_u offset={{INPUT}} (local.get $at)) (i32.const 58)) (then (return (i32.const -1))))
    (local.set $at (call $skip (i32.add (local.get $at) (i32.const 1)) (local.get $end)))
    (if (i32.ne (i32.load8_u offset={{INPUT}} (local.get $at)) (i32.const 34)) (then (return (i32.const -1))))
    (local.set $start (i32.add (local.get $at) (i32.const 1)))
    (local.set $at (local.get $start))
    (local.set $h (i32.const 0x811c9dc5))
    (block $closed
      (loop $byte
        (if (i32.ge_u (local.get $at) (local.get $end)) (then (return (i32.const -1))))
        (local.set $c (i32.load8_u offset={{INPUT}} (local.get $at)))
        (br_if $closed (i32.eq (local.get $c) (i32.const 34)))
        (if (i32.eq (local.get $c) (i32.const 92)) (then (return (i32.const -1))))
        (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 16777619)))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $byte)))
    (local.set $n (i32.sub (local.get $at) (local.get $start)))
    (if (i32.gt_u (local.get $n) (i32.const {{SLOT - 4}})) (then (return (i32.const -1))))
    (local.set $start (i32.add (local.get $start) (i32.const {{INPUT}})))
    ;; A selected source is given to the caller.
    (block $selectedDone
      (loop $selected
        (br_if $selectedDone (i32.ge_u (local.get $i) (i32.load (i32.const {{SELECTED}}))))
        (local.set $e (i32.add (i32.const {{SELECTED + 64}}) (i32.mul (local.get $i) (i32.const {{SLOT}}))))
        (if (i32.eq (i32.load (local.get $e)) (local.get $n))
          (then
            (if (call $same (i32.add (local.get $e) (i32.const 4)) (local.get $start) (local.get $n))
              (then (return (i32.const -1))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $selected)))
    (local.set $i (i32.and (local.get $h) (i32.const {{TABLE_ENTRIES - 1}})))
    (block $full
      (loop $probe
        (br_if $full (i32.ge_u (local.get $tries) (i32.const {{TABLE_ENTRIES}})))
        (local.set $e (i32.add (i32.const {{TABLE}}) (i32.mul (local.get $i) (i32.const {{TABLE_ENTRY}}))))
        (if (i32.eqz (i32.load offset=4 (local.get $e)))
          (then
            ;; A source not seen before.
            (i32.store (local.get $e) (local.get $h))
            (i32.store offset=4 (local.get $e) (i32.add (local.get $n) (i32.const 1)))
            (i32.store offset=8 (local.get $e) (i32.const 1))
            (memory.copy
              (i32.add (i32.const {{ARENA}}) (i32.mul (local.get $i) (i32.const {{SLOT}})))
              (local.get $start)
              (local.get $n))
            (return (local.get $i))))
        (if (i32.and
              (i32.eq (i32.load (local.get $e)) (local.get $h))
              (i32.eq (i32.load offset=4 (local.get $e)) (i32.add (local.get $n) (i32.const 1))))
          (then
            (if (call $same (i32.add (i32.const {{ARENA}}) (i32.mul (local.get $i) (i32.const {{SLOT}}))) (local.get $start) (local.get $n))
              (then
                (i32.store offset=8 (local.get $e) (i32.add (i32.load offset=8 (local.get $e)) (i32.const 1)))
                (return (local.get $i))))))
        (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (i32.const {{TABLE_ENTRIES - 1}})))
        (local.set $tries (i32.add (local.get $tries) (i32.const 1)))
        (br $probe)))
    (i32.const -1))

; Counts down RCX from 2^62 in long mode without any exit, until the VMM stops it: the count reached in a known time
; tells how fast guest code runs (hardware virtualisation runs ~10^9 iterations/s; an instruction emulator ~10^6).
%include "guest.inc"
org 0x7C00
%include "lm_entry.inc"
lm_start:
    mov rcx, 1 << 62
.loop:
    dec rcx
    jnz .loop
    EXIT 1

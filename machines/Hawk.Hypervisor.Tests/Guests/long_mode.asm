; Long-mode entry straight from real mode (lm_entry.inc); then 64-bit arithmetic, EFER.LMA, RAM above 1 MiB.
%include "guest.inc"
org 0x7C00
%include "lm_entry.inc"
lm_start:
    mov rax, 0x123456789ABCDEF0
    mov rbx, rax
    shr rbx, 32
    cmp ebx, 0x12345678
    CHECK e, 2
    mov ecx, 0xC0000080
    rdmsr
    test eax, 1 << 10               ; LMA
    CHECK nz, 3
    mov rax, 0x40000000             ; RAM above 1 MiB keeps a 64-bit store
    mov qword [0x300000], rax
    cmp qword [0x300000], rax
    CHECK e, 4
    lea rsi, [rel message]
    mov rcx, message_end - message
    mov dx, COM1
    rep outsb
    EXIT 0
message: db "long mode: ok", 13, 10
message_end:

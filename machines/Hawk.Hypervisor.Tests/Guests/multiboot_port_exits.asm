; A multiboot (a.out kludge) guest for comparing port-I/O exit rates with QEMU (-kernel): checks the loader's
; hand-over (EAX magic, EBX info with mem_upper), then COUNT (default 200,000) OUTs to the POST port 0x80, then the debug exit.
%include "guest.inc"
%ifndef COUNT
%define COUNT 200000                ; nasm -DCOUNT=N (N >= 1) for benchmarks
%endif
bits 32
org 0x100000
header:
    dd 0x1BADB002
    dd 0x00010000
    dd -(0x1BADB002 + 0x00010000)
    dd header                       ; header_addr
    dd header                       ; load_addr
    dd end                          ; load_end_addr
    dd end                          ; bss_end_addr
    dd start                        ; entry_addr
start:
    cmp eax, 0x2BADB002
    CHECK e, 2
    test dword [ebx], 1
    CHECK nz, 3
    cmp dword [ebx + 8], 1024       ; at least 1 MiB above 1 MiB
    CHECK ae, 4
    mov ecx, COUNT
.next:
    out 0x80, al
    dec ecx
    jnz .next
    mov esi, message
    mov ecx, message_end - message
    mov dx, COM1
    rep outsb
    EXIT 0
message: db "multiboot: port writes done", 13, 10
message_end:
end:

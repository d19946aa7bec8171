; Protected-mode entry: flat segments, memory above 1 MiB, CR0.PE, string output.
%include "guest.inc"
org 0x7C00
%include "pm_entry.inc"
pm_start:
    mov eax, cr0
    test al, 1
    CHECK nz, 2
    mov dword [0x200000], 0xCAFEBABE  ; 2 MiB: out of reach of real mode
    cmp dword [0x200000], 0xCAFEBABE
    CHECK e, 3
    mov ax, cs
    cmp ax, 0x08
    CHECK e, 4
    mov esi, message
    mov ecx, message_end - message
    call print32
    EXIT 0
message: db "protected mode: ok", 13, 10
message_end:

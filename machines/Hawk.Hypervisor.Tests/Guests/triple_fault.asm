; A triple fault: in protected mode with an empty IDT, the #UD, the #GP its delivery raises and the #DF are all
; undeliverable; the CPU shuts down and the VMM must report it.
%include "guest.inc"
org 0x7C00
%include "pm_entry.inc"
pm_start:
    lidt [empty_idt]
    ud2
    EXIT 1
empty_idt:
    dw 0
    dd 0

; Writes to guest-physical space where nothing is mapped: the VMM must stop the guest with a report naming the
; address. Reaching the exit below means the write went unnoticed.
%include "guest.inc"
org 0x7C00
%include "pm_entry.inc"
pm_start:
    mov dword [0xE0001000], 0xDEADBEEF
    EXIT 1

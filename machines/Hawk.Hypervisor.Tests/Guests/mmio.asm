; MMIO: the UART is also mapped at 0xD0000000 (one register per byte); write a line through it and read back its
; scratch register.
%include "guest.inc"
org 0x7C00
%include "pm_entry.inc"
%define UART_MMIO 0xD0000000
pm_start:
    mov esi, message
    mov ecx, message_end - message
.next:
    lodsb
    mov [UART_MMIO], al
    loop .next
    mov byte [UART_MMIO + 7], 0xC3
    cmp byte [UART_MMIO + 7], 0xC3
    CHECK e, 2
    EXIT 0
message: db "mmio: ok", 13, 10
message_end:

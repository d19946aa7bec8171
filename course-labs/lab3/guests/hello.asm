; Lab 3 guest "hello": programs the UART like a boot loader and prints a few lines through it, polling LSR before
; every byte. Nothing arrives unless THR writes reach the console and LSR reports the transmitter empty.
        bits 16
        org 0x7C00
start:
        xor ax, ax
        mov ds, ax
        cld
        call init
        mov si, greeting
        call puts
        mov cx, 10
.count: mov al, 10
        sub al, cl
        add al, '0'
        call putc
        loop .count
        mov al, 0
        jmp finish

%include "uart.inc"

greeting: db "Hello from the guest, through the 16550A.", 13, 10, "Counting: ", 0

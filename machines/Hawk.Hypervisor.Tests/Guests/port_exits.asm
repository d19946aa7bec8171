; A port-I/O loop for measuring exits per second: ECX byte writes to the (unclaimed) POST port 0x80, then exit.
%include "guest.inc"
bits 16
org 0x7C00
    cli
    mov ecx, 1000000
.next:
    out 0x80, al
    dec ecx
    jnz .next
    EXIT 0

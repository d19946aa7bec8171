; Lab 3 guest "registers": reads back the 16550A's registers after each kind of write and prints what it read, so
; the console shows the register behaviour: scratch, the divisor latch behind DLAB, IER, IIR with FIFOs and the
; transmitter-empty interrupt (cleared by reading IIR), LSR, loopback (THR to RBR, MCR outputs to MSR inputs).
        bits 16
        org 0x7C00
start:
        xor ax, ax
        mov ds, ax
        cld
        call init

        mov dx, SCR                     ; the scratch register keeps what is written
        mov al, 0x5A
        out dx, al
        in al, dx
        mov si, s_scr
        call show

        mov dx, LCR                     ; DLAB: ports 0 and 1 are the divisor latch
        mov al, 0x83
        out dx, al
        mov dx, THR
        mov al, 0x0C
        out dx, al
        mov dx, IER
        mov al, 0x00
        out dx, al
        mov dx, THR                     ; read everything back while DLAB is set (printing needs THR) ...
        in al, dx
        mov bl, al
        mov dx, IER
        in al, dx
        mov bh, al
        mov dx, LCR
        in al, dx
        mov cl, al
        mov al, 0x03                    ; ... then DLAB off again, and print
        out dx, al
        mov al, bl
        mov si, s_dll
        call show
        mov al, bh
        mov si, s_dlm
        call show
        mov al, cl
        mov si, s_lcr
        call show
        call init                       ; divisor 1 again

        mov dx, IER                     ; IER keeps its low four bits
        mov al, 0xF5
        out dx, al
        in al, dx
        mov si, s_ier
        call show
        xor al, al
        out dx, al

        mov dx, IIR                     ; no interrupt pending, FIFOs enabled
        in al, dx
        mov si, s_iir
        call show
        mov dx, IER                     ; enabling THR-empty raises it at once ...
        mov al, 0x02
        out dx, al
        mov dx, IIR
        in al, dx
        mov bl, al
        in al, dx                       ; ... and reading IIR acknowledges it
        mov bh, al
        mov dx, IER
        xor al, al
        out dx, al
        mov al, bl
        mov si, s_thre
        call show
        mov al, bh
        mov si, s_ack
        call show

        mov dx, LSR
        in al, dx
        mov si, s_lsr
        call show

        mov dx, MCR                     ; loopback: a transmitted byte is received, not sent; MSR mirrors DTR RTS OUT1 OUT2
        mov al, 0x17
        out dx, al
        mov dx, THR
        mov al, 'Q'
        out dx, al
        mov dx, LSR
        in al, dx
        mov cl, al
        mov dx, THR
        in al, dx
        mov ch, al
        mov dx, LSR
        in al, dx
        mov bl, al
        mov dx, MSR
        in al, dx
        mov bh, al
        mov dx, MCR
        mov al, 0x03
        out dx, al
        mov al, cl
        mov si, s_lsr_rx
        call show
        mov al, ch
        mov si, s_rbr
        call show
        mov al, bl
        mov si, s_lsr_after
        call show
        mov al, bh
        mov si, s_msr_loop
        call show
        mov dx, MSR
        in al, dx
        mov si, s_msr
        call show
        mov al, 0
        jmp finish

%include "uart.inc"

s_scr:       db "SCR=", 0
s_dll:       db "DLL=", 0
s_dlm:       db "DLM=", 0
s_lcr:       db "LCR=", 0
s_ier:       db "IER=", 0
s_iir:       db "IIR=", 0
s_thre:      db "IIR(thre)=", 0
s_ack:       db "IIR(after)=", 0
s_lsr:       db "LSR=", 0
s_lsr_rx:    db "LSR(rx)=", 0
s_rbr:       db "RBR=", 0
s_lsr_after: db "LSR(read)=", 0
s_msr_loop:  db "MSR(loop)=", 0
s_msr:       db "MSR=", 0

; Port I/O against the shared devices: CMOS/RTC, the UART's registers and loopback, the i8042 self test, string
; input, and an unclaimed port reading as an empty bus.
%include "guest.inc"
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov al, 0x0D                    ; CMOS status D: valid RAM and time
    out 0x70, al
    in al, 0x71
    cmp al, 0x80
    CHECK e, 2
    mov al, 0x40                    ; CMOS RAM keeps what is written
    out 0x70, al
    mov al, 0xA5
    out 0x71, al
    in al, 0x71
    cmp al, 0xA5
    CHECK e, 3
    mov dx, COM1 + 7                ; UART scratch register
    mov al, 0x5A
    out dx, al
    in al, dx
    cmp al, 0x5A
    CHECK e, 4
    mov dx, COM1 + 5                ; LSR: transmitter empty
    in al, dx
    and al, 0x60
    cmp al, 0x60
    CHECK e, 5
    mov dx, COM1 + 4                ; loopback: a transmitted byte is received
    mov al, 0x10
    out dx, al
    mov dx, COM1
    mov al, 'Z'
    out dx, al
    mov dx, COM1 + 5
    in al, dx
    test al, 1
    CHECK nz, 6
    mov dx, COM1
    in al, dx
    cmp al, 'Z'
    CHECK e, 7
    mov dx, COM1 + 4
    xor al, al
    out dx, al
    mov al, 0xAA                    ; i8042 controller self test answers 0x55
    out 0x64, al
.wait:
    in al, 0x64
    test al, 1
    jz .wait
    in al, 0x60
    cmp al, 0x55
    CHECK e, 8
    in al, 0xE0                     ; nothing at 0xE0: the bus floats high
    cmp al, 0xFF
    CHECK e, 9
    mov dx, 0x2E0
    in ax, dx
    cmp ax, 0xFFFF
    CHECK e, 10
    mov dx, COM1 + 7                ; string input: REP INSB reads the scratch register four times
    mov di, 0x600
    mov cx, 4
    rep insb
    cmp dword [0x600], 0x5A5A5A5A
    CHECK e, 11
    mov si, message
    mov cx, message_end - message
    mov dx, COM1
    rep outsb
    EXIT 0
message: db "port i/o: ok", 13, 10
message_end:

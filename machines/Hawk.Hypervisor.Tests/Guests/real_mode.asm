; Real mode, 8086 instructions only, so that it also runs on the Hawk.X86 emulator: serial output, arithmetic,
; string moves, a near call. The differential test compares its console and final registers on both CPUs.
%include "guest.inc"
bits 16
org 0x7C00
    cli
    xor ax, ax
    mov ds, ax
    mov es, ax
    mov si, hello
    call print16
    xor ax, ax                      ; 1 + 2 + ... + 100
    mov cx, 100
.sum:
    add ax, cx
    loop .sum
    cmp ax, 5050
    CHECK e, 2
    mov bx, 7                       ; 5050 * 7 = 35350, then / 9 = 3927 r 7
    mul bx
    mov bx, 9
    div bx
    cmp dx, 7
    CHECK e, 3
    mov si, hello                   ; copy the greeting and compare the copy
    mov di, 0x600
    mov cx, hello_end - hello
    cld
    rep movsb
    mov si, hello
    mov di, 0x600
    mov cx, hello_end - hello
    repe cmpsb
    CHECK e, 4
    call set_bp                     ; the subroutine sets BP
    cmp bp, 0xBEEF
    CHECK e, 5
    mov si, done
    call print16
    mov ax, 0x1234                  ; a final state to compare across backends
    mov bx, 0x5678
    add ax, bx
    EXIT 0

set_bp:
    mov bp, 0xBEEF
    ret

print16:
    mov dx, COM1
.next:
    lodsb
    test al, al
    jz .done
    out dx, al
    jmp .next
.done:
    ret

hello: db "real mode: hello", 13, 10, 0
hello_end:
done: db "real mode: checks passed", 13, 10, 0

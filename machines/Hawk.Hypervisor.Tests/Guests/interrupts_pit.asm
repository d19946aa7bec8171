; Interrupts in long mode (as an OS takes them): the 8259 PIC and the 8254 PIT (in-kernel under KVM) deliver IRQ 0
; ticks through the IDT to a handler while the CPU waits in HLT; the PIT's counter must be seen counting, and no
; other vector may fire. (No software INT n: the KVM of the development host, kvm-pvm, cannot emulate it.)
%include "guest.inc"
org 0x7C00
%include "lm_entry.inc"
%define TICKS 0x500
%define IDT 0x4000
lm_start:
    mov dword [TICKS], 0
    mov edi, IDT                    ; 256 gates to `spurious`, then vector 0x20 (IRQ 0)
    mov ecx, 256
    lea rax, [rel spurious]
.fill:
    call set_gate
    add edi, 16
    loop .fill
    mov edi, IDT + 0x20 * 16
    lea rax, [rel irq0]
    call set_gate
    lidt [rel idtr]
    mov al, 0x11                    ; master PIC: ICW1 edge, cascade, ICW4
    out 0x20, al
    mov al, 0x20                    ; ICW2: vectors 0x20-0x27
    out 0x21, al
    mov al, 0x04                    ; ICW3: slave on IRQ 2
    out 0x21, al
    mov al, 0x01                    ; ICW4: 8086 mode
    out 0x21, al
    mov al, 0xFE                    ; only IRQ 0 unmasked
    out 0x21, al
    mov al, 0x34                    ; PIT channel 0, lobyte/hibyte, mode 2 (rate generator)
    out 0x43, al
    mov ax, 1193                    ; 1193182 Hz / 1193 = 1 kHz
    out 0x40, al
    mov al, ah
    out 0x40, al
    call read_counter               ; the counter runs: two latched reads differ
    mov ebx, eax
    mov ecx, 20000
.delay:
    loop .delay
    call read_counter
    cmp eax, ebx
    CHECK ne, 3
    sti
.wait:
    hlt
    cmp dword [TICKS], 20
    jb .wait
    cli
    cmp dword [rel spurious_count], 0
    CHECK e, 4
    lea rsi, [rel message]
    mov rcx, message_end - message
    mov dx, COM1
    rep outsb
    EXIT 0

; set_gate: writes a 64-bit interrupt gate for handler RAX (below 4 GiB) at RDI.
set_gate:
    mov [rdi], ax
    mov word [rdi + 2], 0x08
    mov word [rdi + 4], 0x8E00
    mov rdx, rax
    shr rdx, 16
    mov [rdi + 6], dx
    mov qword [rdi + 8], 0
    ret

read_counter:
    xor eax, eax
    out 0x43, al                    ; latch channel 0
    in al, 0x40
    mov ah, al
    in al, 0x40
    xchg al, ah
    ret

irq0:
    inc dword [TICKS]
    push rax
    mov al, 0x20                    ; EOI
    out 0x20, al
    pop rax
    iretq

spurious:
    inc dword [rel spurious_count]
    iretq

align 4
spurious_count: dd 0
idtr:
    dw 256 * 16 - 1
    dq IDT
message: db "interrupts: 20 PIT ticks", 13, 10
message_end:

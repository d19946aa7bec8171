; Spins forever with interrupts off and no exits: only the VMM's wall-time budget can end it.
bits 16
org 0x7C00
    cli
.forever:
    jmp .forever

; sum8: $20-$21 = $10 + $11 + ... + $17 (unsigned, 16-bit, little endian).
; Zero page $00-$3F is yours, $F0-$FF belongs to the test harness.
.export sum8
.segment "CODE"
sum8:
    ; BEGIN LAB sum8
    lda #0
    sta $21
    ldx #0
@loop:
    clc
    adc $10,x
    bcc @no_carry
    inc $21
@no_carry:
    inx
    cpx #8
    bne @loop
    sta $20
    rts
    ; END LAB sum8

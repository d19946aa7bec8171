; mul8: $20-$21 = $10 * $11 (unsigned, 16-bit product, little endian).
; Zero page $00-$3F is yours, $F0-$FF belongs to the test harness.
.export mul8
.segment "CODE"
mul8:
    ; BEGIN LAB mul8
    lda #0
    sta $21
    ldx #8
    lda $11
    sta $00          ; multiplier, shifted right bit by bit
    lda #0
@loop:
    lsr $00
    bcc @skip
    clc
    adc $10
@skip:
    ror a            ; product's high byte right, its low bit into carry
    ror $21          ; ... and into the low byte
    dex
    bne @loop
    sta $20
    lda $21          ; after 8 steps the high byte is in A and the low byte in $21: swap them
    ldx $20
    sta $20
    stx $21
    rts
    ; END LAB mul8

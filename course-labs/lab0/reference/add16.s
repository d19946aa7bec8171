; add16: $20-$21 = ($10-$11) + ($12-$13), little endian, carry out of bit 15 dropped.
; Uses A only; zero page $00-$3F is yours, $F0-$FF belongs to the test harness.
.export add16
.segment "CODE"
add16:
    ; BEGIN LAB add16
    clc
    lda $10
    adc $12
    sta $20
    lda $11
    adc $13
    sta $21
    rts
    ; END LAB add16

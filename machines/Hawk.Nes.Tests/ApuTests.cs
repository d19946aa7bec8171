using Hawk.Nes.Audio;

namespace Hawk.Nes.Tests;

public sealed class ApuTests
{
    private static void Clock(Apu apu, int cycles)
    {
        for (int i = 0; i < cycles; i++)
        {
            apu.Clock();
        }
    }

    [Test]
    public void The_4_step_sequence_raises_the_frame_IRQ_every_29830_cycles()
    {
        var apu = new Apu();
        Clock(apu, 29_826);
        bool early = apu.FrameIrqFlag;
        Clock(apu, 4);

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.False);
            Assert.That(apu.IrqLine, Is.True);
            Assert.That(apu.ReadStatus(0) & 0x40, Is.EqualTo(0x40));
            Assert.That(apu.FrameIrqFlag, Is.False, "reading $4015 acknowledges the frame IRQ");
        });
    }

    [Test]
    public void The_IRQ_inhibit_bit_and_the_5_step_mode_raise_no_frame_IRQ()
    {
        var inhibited = new Apu();
        inhibited.WriteRegister(0x4017, 0x40);
        var fiveStep = new Apu();
        fiveStep.WriteRegister(0x4017, 0x80);

        Clock(inhibited, 80_000);
        Clock(fiveStep, 80_000);

        Assert.That((inhibited.IrqLine, fiveStep.IrqLine), Is.EqualTo((false, false)));
    }

    [Test]
    public void A_length_counter_loads_from_the_table_and_runs_out_on_half_frames()
    {
        var apu = new Apu();
        apu.WriteRegister(0x4015, 0x01);
        apu.WriteRegister(0x4003, 0x18); // index 3: length 2
        Clock(apu, 1);
        bool loaded = (apu.ReadStatus(0) & 1) != 0;
        Clock(apu, 29_830); // two half-frame clocks in one 4-step sequence

        Assert.Multiple(() =>
        {
            Assert.That(loaded, Is.True);
            Assert.That(apu.ReadStatus(0) & 1, Is.Zero);
        });
    }

    [Test]
    public void Disabling_a_channel_clears_its_length_counter()
    {
        var apu = new Apu();
        apu.WriteRegister(0x4015, 0x08);
        apu.WriteRegister(0x400F, 0xF8);
        Clock(apu, 1);
        apu.WriteRegister(0x4015, 0x00);

        Assert.That(apu.ReadStatus(0) & 0x08, Is.Zero);
    }

    [Test]
    public void Enabling_the_DMC_requests_a_DMA_of_the_sample_address()
    {
        var apu = new Apu();
        apu.WriteRegister(0x4012, 0x10); // $C400
        apu.WriteRegister(0x4013, 0x00); // 1 byte
        apu.WriteRegister(0x4015, 0x10);
        Clock(apu, 4);

        Assert.That((apu.DmcDmaRequested, apu.DmcDmaAddress), Is.EqualTo((true, (ushort)0xC400)));
        apu.CompleteDmcDma(0x55);
        Assert.That((apu.DmcDmaRequested, apu.ReadStatus(0) & 0x10), Is.EqualTo((false, 0)));
    }

    [Test]
    public void A_sounding_pulse_produces_non_silent_samples()
    {
        var apu = new Apu();
        apu.WriteRegister(0x4015, 0x01);
        apu.WriteRegister(0x4000, 0xBF); // duty 50%, constant volume 15
        apu.WriteRegister(0x4002, 0xFD);
        apu.WriteRegister(0x4003, 0x00); // ~440 Hz
        Clock(apu, 29_830);

        var samples = apu.PendingSamples.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(samples, Has.Length.InRange(730, 740));
            Assert.That(samples.Max() - samples.Min(), Is.GreaterThan(5000));
        });
    }
}

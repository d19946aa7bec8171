namespace Hawk.X86.Tests;

/// <summary>Hand-assembled instructions whose results are worked out from the Intel manuals and the 8086's
/// documented quirks.</summary>
public sealed class InstructionTests
{
    [Test]
    public void Add_sets_carry_auxiliary_overflow_and_parity()
    {
        var machine = new TestMachine(X86Model.I8086, 0x04, 0x88); // add al, 88h
        machine[X86Register.AX] = 0x0088;
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.AX], Is.EqualTo(0x0010));
            Assert.That(machine.Flag(X86Flags.Carry), Is.True);
            Assert.That(machine.Flag(X86Flags.Overflow), Is.True);
            Assert.That(machine.Flag(X86Flags.Auxiliary), Is.True);
            Assert.That(machine.Flag(X86Flags.Parity), Is.False);
            Assert.That(machine.Flag(X86Flags.Zero), Is.False);
        });
    }

    [Test]
    public void Inc_leaves_carry_alone()
    {
        var machine = new TestMachine(X86Model.I8086, 0xF9, 0x40); // stc; inc ax
        machine[X86Register.AX] = 0xFFFF;
        machine.Cpu.Run(2);
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.AX], Is.Zero);
            Assert.That(machine.Flag(X86Flags.Carry), Is.True);
            Assert.That(machine.Flag(X86Flags.Zero), Is.True);
        });
    }

    [Test]
    public void Bp_based_addressing_defaults_to_ss_and_overrides_apply()
    {
        var machine = new TestMachine(X86Model.I8086, 0x8B, 0x42, 0x04, 0x26, 0x8B, 0x5A, 0x04); // mov ax,[bp+si+4]; mov bx,es:[bp+si+4]
        machine[X86Register.BP] = 0x0010;
        machine[X86Register.SI] = 0x0002;
        machine.Load(0x2000, 0x0016, 0x34, 0x12);
        machine.Load(0x4000, 0x0016, 0x78, 0x56);
        machine.Cpu.Run(2);
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.AX], Is.EqualTo(0x1234));
            Assert.That(machine[X86Register.BX], Is.EqualTo(0x5678));
        });
    }

    [Test]
    public void Word_access_at_offset_ffff_wraps_on_the_8086_and_faults_on_the_80286()
    {
        byte[] code = [0xA1, 0xFF, 0xFF]; // mov ax, [FFFF]
        var i8086 = new TestMachine(X86Model.I8086, code);
        i8086.Load(0x3000, 0xFFFF, 0x11);
        i8086.Load(0x3000, 0x0000, 0x22);
        i8086.Cpu.Step();

        var i80286 = new TestMachine(X86Model.I80286, code);
        i80286.SetVector(13, 0x5000, 0x0200);
        i80286.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(i8086[X86Register.AX], Is.EqualTo(0x2211));
            Assert.That(i80286[X86Register.CS], Is.EqualTo(0x5000));
            Assert.That(i80286[X86Register.IP], Is.EqualTo(0x0200));
            Assert.That(i80286.Word(0x2000, 0x0FFA), Is.EqualTo(TestMachine.CodeOffset), "#GP returns to the faulting instruction");
        });
    }

    [TestCase(X86Model.I8086, 0x3344, 0x1000)]
    [TestCase(X86Model.I80286, 0x0000, 0x5000)]
    public void Far_pointer_at_offset_fffe_wraps_on_the_8086_and_faults_on_the_80286(X86Model model, int es, int cs)
    {
        var machine = new TestMachine(model, 0xC4, 0x1E, 0xFE, 0xFF); // les bx, [FFFE]
        machine.Load(0x3000, 0xFFFE, 0x11, 0x22);
        machine.Load(0x3000, 0x0000, 0x44, 0x33);
        machine[X86Register.ES] = 0;
        machine.SetVector(13, 0x5000, 0x0200);
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.ES], Is.EqualTo(es));
            Assert.That(machine[X86Register.CS], Is.EqualTo(cs));
        });
    }

    [TestCase(X86Model.I8086, 9, 0x00)]
    [TestCase(X86Model.I80286, 33, 0x02)]
    public void Shift_count_is_masked_on_the_80286_only(X86Model model, int count, int expected)
    {
        var machine = new TestMachine(model, 0xD2, 0xE0); // shl al, cl
        machine[X86Register.AX] = 0x0001;
        machine[X86Register.CX] = (ushort)count;
        machine.Cpu.Step();
        Assert.That(machine[X86Register.AX] & 0xFF, Is.EqualTo(expected));
    }

    [TestCase(X86Model.I8086, 0x0FFE)]
    [TestCase(X86Model.I80286, 0x1000)]
    public void Push_sp_pushes_the_decremented_value_on_the_8086_only(X86Model model, int pushed)
    {
        var machine = new TestMachine(model, 0x54); // push sp
        machine.Cpu.Step();
        Assert.That(machine.Word(0x2000, 0x0FFE), Is.EqualTo(pushed));
    }

    [TestCase(X86Model.I8086, 0xF002)]
    [TestCase(X86Model.I80286, 0x0002)]
    public void Flags_reserved_bits_follow_the_model(X86Model model, int flags)
    {
        var machine = new TestMachine(model, 0x9D); // popf
        machine.Load(0x2000, 0x1000, 0x28, 0xF0); // bits 3, 5 and 12-15 set, no real flag
        machine.Cpu.Step();
        Assert.That(machine[X86Register.Flags], Is.EqualTo(flags));
    }

    [TestCase(X86Model.I8086, 0x0102)]
    [TestCase(X86Model.I80286, 0x0100)]
    public void Divide_error_returns_past_the_instruction_on_the_8086_and_to_it_on_the_80286(X86Model model, int returnIp)
    {
        var machine = new TestMachine(model, 0xF6, 0xF3); // div bl, with bl = 0
        machine.SetVector(0, 0x6000, 0x0000);
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.CS], Is.EqualTo(0x6000));
            Assert.That(machine[X86Register.SP], Is.EqualTo(0x0FFA));
            Assert.That(machine.Word(0x2000, 0x0FFA), Is.EqualTo(returnIp));
        });
    }

    [TestCase(X86Model.I8086, 0xFD)]
    [TestCase(X86Model.I80286, 0x03)]
    public void Rep_prefix_negates_an_idiv_quotient_on_the_8086(X86Model model, int quotient)
    {
        var machine = new TestMachine(model, 0xF3, 0xF6, 0xFB); // rep idiv bl
        machine[X86Register.AX] = 7;
        machine[X86Register.BX] = 2;
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.AX] & 0xFF, Is.EqualTo(quotient));
            Assert.That(machine[X86Register.AX] >> 8, Is.EqualTo(1), "remainder");
        });
    }

    [Test]
    public void Repe_cmpsb_stops_at_the_first_difference()
    {
        var machine = new TestMachine(X86Model.I8086, 0xF3, 0xA6); // repe cmpsb
        machine.Load(0x3000, 0x0000, 1, 2, 3, 4);
        machine.Load(0x4000, 0x0000, 1, 2, 9, 4);
        machine[X86Register.CX] = 4;
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.CX], Is.EqualTo(1));
            Assert.That(machine[X86Register.SI], Is.EqualTo(3));
            Assert.That(machine.Flag(X86Flags.Zero), Is.False);
            Assert.That(machine[X86Register.IP], Is.EqualTo(TestMachine.CodeOffset + 2));
        });
    }

    [TestCase(X86Model.I8086, TestMachine.CodeOffset + 2 + 0x10)]
    [TestCase(X86Model.I80286, TestMachine.CodeOffset + 1)]
    public void Opcode_60_is_jo_on_the_8086_and_pusha_on_the_80286(X86Model model, int ip)
    {
        var machine = new TestMachine(model, 0x60, 0x10); // 8086: jo +10h (OF set below); 80286: pusha
        machine[X86Register.Flags] = (ushort)X86Flags.Overflow;
        machine.Cpu.Step();
        Assert.That(machine[X86Register.IP], Is.EqualTo(ip));
    }

    [TestCase(0x9A, 0x99, 0xA0, false)] // AF set: the 8086 compares with 9F, so no +60h
    [TestCase(0x9A, 0x00, 0x00, true)]
    public void Daa_follows_the_8086_algorithm(int al, int auxiliaryIn, int expected, bool carry)
    {
        var machine = new TestMachine(X86Model.I8086, 0x27);
        machine[X86Register.AX] = (ushort)al;
        machine[X86Register.Flags] = auxiliaryIn != 0 ? (ushort)X86Flags.Auxiliary : (ushort)0;
        machine.Cpu.Step();
        Assert.Multiple(() =>
        {
            Assert.That(machine[X86Register.AX] & 0xFF, Is.EqualTo(expected));
            Assert.That(machine.Flag(X86Flags.Carry), Is.EqualTo(carry));
        });
    }

    [Test]
    public void Run_stops_at_hlt_and_reports_the_instructions_executed()
    {
        var machine = new TestMachine(X86Model.I8086, 0x90, 0x90, 0xF4, 0x90);
        long executed = machine.Cpu.Run(100);
        Assert.Multiple(() =>
        {
            Assert.That(executed, Is.EqualTo(3));
            Assert.That(machine.Cpu.Halted, Is.True);
            Assert.That(machine[X86Register.IP], Is.EqualTo(TestMachine.CodeOffset + 3));
        });
    }
}

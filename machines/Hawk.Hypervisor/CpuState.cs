using System.Text;

namespace Hawk.Hypervisor;

/// <summary>The register state of a vCPU when a machine stopped. The emulator fills the 16-bit parts only.</summary>
public sealed record CpuState
{
    public ulong Rax { get; init; }
    public ulong Rbx { get; init; }
    public ulong Rcx { get; init; }
    public ulong Rdx { get; init; }
    public ulong Rsi { get; init; }
    public ulong Rdi { get; init; }
    public ulong Rsp { get; init; }
    public ulong Rbp { get; init; }
    public ulong R8 { get; init; }
    public ulong R9 { get; init; }
    public ulong R10 { get; init; }
    public ulong R11 { get; init; }
    public ulong R12 { get; init; }
    public ulong R13 { get; init; }
    public ulong R14 { get; init; }
    public ulong R15 { get; init; }
    public ulong Rip { get; init; }
    public ulong Rflags { get; init; }
    public ushort Cs { get; init; }
    public ushort Ds { get; init; }
    public ushort Es { get; init; }
    public ushort Ss { get; init; }
    public ulong Cr0 { get; init; }
    public ulong Cr3 { get; init; }
    public ulong Cr4 { get; init; }
    public ulong Efer { get; init; }

    public string Mode => (Efer & 0x400) != 0 ? "long mode" : (Cr0 & 1) != 0 ? "protected mode" : "real mode";

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"rax={Rax:X16} rbx={Rbx:X16} rcx={Rcx:X16} rdx={Rdx:X16}\n");
        text.Append($"rsi={Rsi:X16} rdi={Rdi:X16} rsp={Rsp:X16} rbp={Rbp:X16}\n");
        text.Append($"r8 ={R8:X16} r9 ={R9:X16} r10={R10:X16} r11={R11:X16}\n");
        text.Append($"r12={R12:X16} r13={R13:X16} r14={R14:X16} r15={R15:X16}\n");
        text.Append($"rip={Rip:X16} rflags={Rflags:X8} cs={Cs:X4} ds={Ds:X4} es={Es:X4} ss={Ss:X4}\n");
        text.Append($"cr0={Cr0:X8} cr3={Cr3:X8} cr4={Cr4:X8} efer={Efer:X4} ({Mode})");
        return text.ToString();
    }
}

namespace Hawk.Jvm.ClassFiles;

/// <summary>Field and method descriptors (JVMS 4.3): validation and the slot arithmetic the interpreter needs.</summary>
public static class Descriptors
{
    public static bool IsValid(string descriptor, bool isMethod)
    {
        int i = 0;
        if (!isMethod)
        {
            return SkipField(descriptor, ref i) && i == descriptor.Length;
        }

        if (descriptor.Length == 0 || descriptor[0] != '(')
        {
            return false;
        }

        i = 1;
        while (i < descriptor.Length && descriptor[i] != ')')
        {
            if (!SkipField(descriptor, ref i))
            {
                return false;
            }
        }

        if (i >= descriptor.Length)
        {
            return false;
        }

        i++;
        if (i < descriptor.Length && descriptor[i] == 'V')
        {
            return i + 1 == descriptor.Length;
        }

        return SkipField(descriptor, ref i) && i == descriptor.Length;
    }

    private static bool SkipField(string d, ref int i)
    {
        int dims = 0;
        while (i < d.Length && d[i] == '[')
        {
            i++;
            dims++;
        }

        if (i >= d.Length || dims > 255)
        {
            return false;
        }

        switch (d[i])
        {
            case 'B' or 'C' or 'D' or 'F' or 'I' or 'J' or 'S' or 'Z':
                i++;
                return true;
            case 'L':
                int end = d.IndexOf(';', i);
                if (end <= i + 1)
                {
                    return false;
                }

                i = end + 1;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The field descriptors of a method's parameters, in order.</summary>
    public static List<string> Parameters(string methodDescriptor)
    {
        var result = new List<string>();
        int i = 1;
        while (methodDescriptor[i] != ')')
        {
            int start = i;
            SkipField(methodDescriptor, ref i);
            result.Add(methodDescriptor[start..i]);
        }

        return result;
    }

    public static string ReturnType(string methodDescriptor) => methodDescriptor[(methodDescriptor.IndexOf(')') + 1)..];

    /// <summary>Local variable slots the arguments take (long and double take two), without the receiver.</summary>
    public static int ArgumentSlots(string methodDescriptor)
    {
        int slots = 0;
        foreach (var p in Parameters(methodDescriptor))
        {
            slots += SlotSize(p);
        }

        return slots;
    }

    public static int SlotSize(string fieldDescriptor) => fieldDescriptor is "J" or "D" ? 2 : fieldDescriptor == "V" ? 0 : 1;

    public static bool IsReference(string fieldDescriptor) => fieldDescriptor[0] is 'L' or '[';
}

namespace Hawk.Containers.Runtime;

/// <summary>The runtime spec's container statuses; <see cref="Name"/> gives the spelling used in state JSON.</summary>
public enum ContainerStatus
{
    Creating,
    Created,
    Running,
    Stopped,
}

public static class ContainerStatusNames
{
    public static string Name(this ContainerStatus status) => status switch
    {
        ContainerStatus.Creating => "creating",
        ContainerStatus.Created => "created",
        ContainerStatus.Running => "running",
        _ => "stopped",
    };
}

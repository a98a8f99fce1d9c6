namespace SiteGen.Tests.Support;

/// <summary>Tools from the machine that tests run (python3-feedparser), under <see cref="MachineRequirement"/>'s rule.</summary>
public static class ExternalTools
{
    public const string Python = "/usr/bin/python3";

    public static void RequireFeedparser()
    {
        var available = File.Exists(Python) && RunningProcess.Run(Python, ["-c", "import feedparser"], TimeSpan.FromSeconds(60)).Succeeded;
        MachineRequirement.Need(available ? null : "python3-feedparser is not installed (apt-get install python3-feedparser)");
    }
}

namespace Fairtrade.Client;

/// <summary>The <c>fairtrade</c> tool: the command tree is in <see cref="FairtradeCli"/>.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => FairtradeCli.RunAsync(args, CliContext.FromProcess());
}

namespace Fairtrade.Abstractions.Accounts;

/// <summary>Every account's user name (key: <see cref="Towns.GrainKeys.AccountDirectory"/>), so the admin can list them.</summary>
[Alias("fairtrade.IAccountDirectoryGrain")]
public interface IAccountDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a user name; adding it again changes nothing.</summary>
    [Alias("Add")]
    Task AddAsync(string userName);

    [Alias("List")]
    Task<string[]> ListAsync();

    /// <summary>Whether the name is listed: asked before a grain is activated for a name from outside.</summary>
    [Alias("Contains")]
    Task<bool> ContainsAsync(string userName);
}

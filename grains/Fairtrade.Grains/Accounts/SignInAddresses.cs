namespace Fairtrade.Grains.Accounts;

/// <summary>The client addresses an account last signed in from, most recent first: a lockout does not hold for them.</summary>
internal sealed class SignInAddresses(List<string> addresses)
{
    // A person's devices and networks: home, office, phone.
    private const int Remembered = 10;

    public bool Knows(string? address) => address is not null && addresses.Contains(address);

    /// <summary>Puts the address first; whether that changed anything.</summary>
    public bool Remember(string? address)
    {
        if (address is null || (addresses.Count > 0 && addresses[0] == address))
        {
            return false;
        }

        addresses.Remove(address);
        addresses.Insert(0, address);
        if (addresses.Count > Remembered)
        {
            addresses.RemoveAt(Remembered);
        }

        return true;
    }
}

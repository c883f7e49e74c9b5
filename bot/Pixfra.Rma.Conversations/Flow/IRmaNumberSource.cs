using System.Security.Cryptography;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>Draws new RMA numbers; the case store's insert is what proves a number unused.</summary>
public interface IRmaNumberSource
{
    RmaNumber Draw();
}

/// <summary>Numbers from the operating system's cryptographic random source: not guessable from one another.</summary>
public sealed class RandomRmaNumberSource : IRmaNumberSource
{
    public RmaNumber Draw()
    {
        Span<byte> entropy = stackalloc byte[RmaNumber.EntropyBytes];
        RandomNumberGenerator.Fill(entropy);
        return RmaNumber.FromEntropy(entropy);
    }
}

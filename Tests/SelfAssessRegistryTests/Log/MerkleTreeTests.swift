import Foundation
import SelfAssessRegistry
import SelfAssessTestSupport
import Testing

@Suite("Merkle tree (RFC 9162 2.1)")
struct MerkleTreeTests {
    /// The eight inputs of the certificate transparency reference tests, and the roots of their
    /// prefixes as MTH defines them.
    static let inputs: [[UInt8]] = [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        Array(0x50...0x57), Array(0x60...0x6F),
    ]
    static let roots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// A tree held in memory: every complete subtree, as a store keeps them.
    struct MemoryTree {
        var leaves: [MerkleTree.Hash] = []
        var nodes: [MerkleTree.Node: MerkleTree.Hash] = [:]

        mutating func append(_ entry: [UInt8]) {
            let leaf = MerkleTree.leafHash(entry)
            let stored = nodes
            let made = MerkleTree.appendedNodes(leaf: leaves.count, leafHash: leaf) { node in
                stored[node] ?? []
            }
            for (node, hash) in made { nodes[node] = hash }
            leaves.append(leaf)
        }

        func node(_ node: MerkleTree.Node) -> MerkleTree.Hash { nodes[node] ?? [] }
    }

    static func tree(_ entries: [[UInt8]]) -> MemoryTree {
        var tree = MemoryTree()
        for entry in entries { tree.append(entry) }
        return tree
    }

    static func entries(_ count: Int) -> [[UInt8]] {
        (0..<count).map { Array("entry \($0)".utf8) }
    }

    @Test func theEmptyTreeAndOneLeaf() {
        #expect(
            Self.hex(MerkleTree.emptyRoot)
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex(MerkleTree.leafHash([])) == Self.roots[0])
        #expect(MerkleTree.root(size: 0) { _ in [] } == MerkleTree.emptyRoot)
    }

    @Test(arguments: 1...8)
    func theReferenceRoots(size: Int) {
        let tree = Self.tree(Array(Self.inputs.prefix(size)))
        #expect(Self.hex(MerkleTree.root(size: size, nodes: tree.node)) == Self.roots[size - 1])
        #expect(Self.hex(MerkleTree.root(ofLeafHashes: tree.leaves)) == Self.roots[size - 1])
    }

    /// Proofs written out from PATH and PROOF by hand for the tree of 7 (leaves a…g; node hashes
    /// named by the leaves they cover).
    @Test func proofsInTheTreeOfSevenFollowTheDefinitions() {
        let tree = Self.tree(Array(Self.inputs.prefix(7)))
        let leaf = tree.leaves
        let n = MerkleTree.nodeHash
        let ab = n(leaf[0], leaf[1]), cd = n(leaf[2], leaf[3]), ef = n(leaf[4], leaf[5])
        let abcd = n(ab, cd), efg = n(ef, leaf[6])
        // PATH(0, D[7]) = PATH(0, D[0:4]) : MTH(D[4:7]) = [b, cd, efg]
        #expect(
            MerkleTree.inclusionProof(leaf: 0, size: 7, nodes: tree.node) == [leaf[1], cd, efg])
        // PATH(3, D[7]) = [c, ab, efg]; PATH(4, D[7]) = [f, g, abcd]; PATH(6, D[7]) = [ef, abcd]
        #expect(
            MerkleTree.inclusionProof(leaf: 3, size: 7, nodes: tree.node) == [leaf[2], ab, efg])
        #expect(
            MerkleTree.inclusionProof(leaf: 4, size: 7, nodes: tree.node) == [
                leaf[5], leaf[6], abcd,
            ])
        #expect(MerkleTree.inclusionProof(leaf: 6, size: 7, nodes: tree.node) == [ef, abcd])
        // PROOF(3, D[7]) = [c, d, ab, efg]; PROOF(4, D[7]) = [efg]; PROOF(6, D[7]) = [ef, g, abcd]
        #expect(
            MerkleTree.consistencyProof(first: 3, second: 7, nodes: tree.node)
                == [leaf[2], leaf[3], ab, efg])
        #expect(MerkleTree.consistencyProof(first: 4, second: 7, nodes: tree.node) == [efg])
        #expect(
            MerkleTree.consistencyProof(first: 6, second: 7, nodes: tree.node)
                == [ef, leaf[6], abcd])
    }

    @Test func everyProofUpToSixtyFourVerifiesAndATamperedOneDoesNot() {
        let tree = Self.tree(Self.entries(64))
        let roots = (0...64).map { MerkleTree.root(size: $0, nodes: tree.node) }
        for size in 1...64 {
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(leaf: index, size: size, nodes: tree.node)
                #expect(
                    MerkleTree.verifyInclusion(
                        leafHash: tree.leaves[index], index: index, size: size, proof: proof,
                        root: roots[size]))
                #expect(
                    !MerkleTree.verifyInclusion(
                        leafHash: tree.leaves[(index + 1) % 64], index: index, size: size,
                        proof: proof, root: roots[size]))
                if !proof.isEmpty {
                    var bent = proof
                    bent[bent.count - 1][0] ^= 1
                    #expect(
                        !MerkleTree.verifyInclusion(
                            leafHash: tree.leaves[index], index: index, size: size, proof: bent,
                            root: roots[size]))
                    #expect(
                        !MerkleTree.verifyInclusion(
                            leafHash: tree.leaves[index], index: index, size: size,
                            proof: proof + [proof[0]], root: roots[size]))
                }
            }
            for first in 0...size {
                let proof = MerkleTree.consistencyProof(
                    first: first, second: size, nodes: tree.node)
                #expect(
                    MerkleTree.verifyConsistency(
                        first: first, second: size, firstRoot: roots[first],
                        secondRoot: roots[size],
                        proof: proof))
                if first > 0 && first < size {
                    #expect(
                        !MerkleTree.verifyConsistency(
                            first: first, second: size, firstRoot: roots[first - 1],
                            secondRoot: roots[size], proof: proof))
                    var bent = proof
                    bent[0][31] ^= 0x80
                    #expect(
                        !MerkleTree.verifyConsistency(
                            first: first, second: size, firstRoot: roots[first],
                            secondRoot: roots[size], proof: bent))
                }
            }
        }
    }

    @Test(arguments: [(5, 1000), (511, 1000), (999, 1000), (0, 1), (0, 1 << 20)])
    func aProofReadsLogarithmicallyManyNodes(leaf: Int, size: Int) {
        let limit = 2 * (Int.bitWidth - size.leadingZeroBitCount) + 1
        #expect(MerkleTree.inclusionNodes(leaf: leaf, size: size).count <= limit)
        #expect(MerkleTree.consistencyNodes(first: leaf, second: size).count <= limit)
        #expect(MerkleTree.rootNodes(size: size).count == size.nonzeroBitCount)
    }

    /// Every root, inclusion proof and consistency proof of trees up to 260 leaves, checked by
    /// an independent Python implementation of RFC 9162 2.1 (`merkle_check.py` beside this file).
    @Test(.tags(.medium), .needs(.python3))
    func pythonAgreesOnEveryProofUpTo260() throws {
        let count = 260
        let entries = Self.entries(count)
        let tree = Self.tree(entries)
        var lines = entries.map { "E " + Self.hex($0) }
        for size in 1...count {
            lines.append("R \(size) " + Self.hex(MerkleTree.root(size: size, nodes: tree.node)))
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(leaf: index, size: size, nodes: tree.node)
                lines.append("I \(index) \(size) " + proof.map(Self.hex).joined(separator: ","))
            }
            for first in 1...size {
                let proof = MerkleTree.consistencyProof(
                    first: first, second: size, nodes: tree.node)
                lines.append("C \(first) \(size) " + proof.map(Self.hex).joined(separator: ","))
            }
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let claims = folder.appendingPathComponent("claims.txt")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: claims)
        let script = TestSupport.packageRoot.appendingPathComponent(
            "Tests/SelfAssessRegistryTests/Log/merkle_check.py")
        let result = try ExternalTool.run(
            try #require(ExternalTool.python), [script.path, claims.path])
        let pairs = count * (count + 1) / 2
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == "ok roots=\(count) inclusion=\(pairs) consistency=\(pairs)")
    }
}

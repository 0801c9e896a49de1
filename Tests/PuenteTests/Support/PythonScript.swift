// Runs one of Tests/support's Python scripts with the test tools' interpreter, feeding it stdin.

import Foundation
@testable import Puente

enum PythonScript {
    /// `includingErrors`: stderr joins stdout (for scripts whose complaint is the answer).
    static func run(_ script: String, input: Data, includingErrors: Bool = false) throws -> Data {
        let stdin = Pipe(), stdout = Pipe()
        let child = try ChildProcess.launch(SMTPTestServer.python, SMTPTestServer.pythonArguments(script: script),
                                            stdin: stdin.fileHandleForReading.fileDescriptor,
                                            stdout: stdout.fileHandleForWriting.fileDescriptor,
                                            stderr: includingErrors ? stdout.fileHandleForWriting.fileDescriptor : nil)
        stdin.closeChildsEnd(writing: false)
        stdout.closeChildsEnd(writing: true)
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        _ = child.wait()
        return output
    }
}

import Testing
import VaporTesting
@testable import Puente
@Test func placeholder2() { #expect(true) }

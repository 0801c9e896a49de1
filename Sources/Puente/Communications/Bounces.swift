// Where list mail's bounces come back to: a VERP address per recipient under the list domain.

import Foundation
import PuenteCore

enum Bounces {
    static func returnPath(list: MailingList, subscription: ListSubscription, config: AppConfig) -> String {
        VERP.address(slug: list.slug, subscription: subscription.id!, domain: config.listDomain)
    }
}

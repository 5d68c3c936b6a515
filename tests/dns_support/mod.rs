//! A small authoritative DNS server on loopback for the online-check tests: hickory-server in
//! process, on 127.0.0.1 and a port the system picks. It answers every zone as a DNSBL would,
//! so no query ever needs to leave the machine:
//! - `2.0.0.127.<zone>`: listed (`127.0.0.2`, with a TXT reason), the DNSBL test point;
//! - `1.0.0.127.<zone>`: not listed (NXDOMAIN), the other test point;
//! - `254.255.255.127.<zone>`: Spamhaus' refusal answer, `127.255.255.254`;
//! - any other name: NXDOMAIN;
//! - zones named in `silent`: no answer at all, ever; zones in `failing`: SERVFAIL.

#![allow(dead_code)] // each test binary uses a part of it

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::mpsc;

use hickory_server::Server;
use hickory_server::net::runtime::Time;
use hickory_server::proto::op::{Header, HeaderCounts, Metadata, ResponseCode};
use hickory_server::proto::rr::rdata::{A, TXT};
use hickory_server::proto::rr::{RData, Record, RecordType};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::zone_handler::MessageResponseBuilder;

/// The test zones' behaviour.
#[derive(Clone, Debug, Default)]
pub struct Zones {
    /// Zones (without the trailing dot) that never answer.
    pub silent: Vec<String>,
    /// Zones that answer every query with SERVFAIL.
    pub failing: Vec<String>,
}

#[async_trait::async_trait]
impl RequestHandler for Zones {
    async fn handle_request<R: ResponseHandler, T: Time>(
        &self,
        request: &Request,
        mut response: R,
    ) -> ResponseInfo {
        let no_reply = ResponseInfo::from(Header {
            metadata: Metadata::response_from_request(&request.metadata),
            counts: HeaderCounts::default(),
        });
        let Ok(info) = request.request_info() else {
            return no_reply;
        };
        let name = info.query.original().name().clone();
        let text = name.to_ascii().to_ascii_lowercase();
        let text = text.trim_end_matches('.');
        if self.silent.iter().any(|z| text.ends_with(&format!(".{z}"))) {
            return no_reply;
        }
        let builder = MessageResponseBuilder::from_message_request(request);
        if self
            .failing
            .iter()
            .any(|z| text.ends_with(&format!(".{z}")))
        {
            return response
                .send_response(builder.error_msg(&request.metadata, ResponseCode::ServFail))
                .await
                .unwrap_or(no_reply);
        }
        let code = if text.starts_with("2.0.0.127.") {
            Some(Ipv4Addr::new(127, 0, 0, 2))
        } else if text.starts_with("254.255.255.127.") {
            Some(Ipv4Addr::new(127, 255, 255, 254))
        } else {
            None
        };
        let sent = match (code, info.query.query_type()) {
            (Some(code), RecordType::A) => {
                let records = [Record::from_rdata(name, 60, RData::A(A(code)))];
                let mut meta = Metadata::response_from_request(&request.metadata);
                meta.authoritative = true;
                response
                    .send_response(builder.build(meta, records.iter(), [], [], []))
                    .await
            }
            (Some(_), RecordType::TXT) => {
                let reason = TXT::new(vec!["Listed by the test zone".to_owned()]);
                let records = [Record::from_rdata(name, 60, RData::TXT(reason))];
                let mut meta = Metadata::response_from_request(&request.metadata);
                meta.authoritative = true;
                response
                    .send_response(builder.build(meta, records.iter(), [], [], []))
                    .await
            }
            _ => {
                response
                    .send_response(builder.error_msg(&request.metadata, ResponseCode::NXDomain))
                    .await
            }
        };
        sent.unwrap_or(no_reply)
    }
}

/// Starts a server for `zones` on its own thread; returns its address. It runs until the test
/// process ends.
pub fn start(zones: Zones) -> SocketAddr {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let socket = tokio::net::UdpSocket::bind("127.0.0.1:0")
                .await
                .expect("bind a loopback port");
            tx.send(socket.local_addr().expect("address"))
                .expect("tell the test");
            let mut server = Server::new(zones);
            server.register_socket(socket);
            let _ = server.block_until_done().await;
        });
    });
    rx.recv().expect("server started")
}

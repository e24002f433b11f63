use std::time::Instant;
fn main() {
    let t = Instant::now();
    let loader = tidings::loader::spawn_loader(vec![std::env::args().nth(1).unwrap().into()], Vec::new());
    let mut app = tidings::app::App::new(Vec::new());
    let mut busy = std::time::Duration::ZERO;
    for e in loader.events.iter() {
        let listed = matches!(e, tidings::loader::LoadEvent::Listed(_));
        let s = Instant::now();
        app.on_load(e, Instant::now());
        busy += s.elapsed();
        if listed { eprintln!("listed {:?}, on_load busy {:?}", t.elapsed(), busy); break }
    }
}
